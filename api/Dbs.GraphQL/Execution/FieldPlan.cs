using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// One response key of a selection set: the merged field nodes, the field definition, how to read the value (a
/// compiled getter when the field is bound by default to a CLR member), the arguments coerced once when they are
/// constant, and the sub-selection compiled on first use per object type. Shared by concurrent requests.
/// </summary>
internal sealed class FieldPlan
{
    private readonly PlanCompiler _compiler;
    private SelectionSetPlan? _objectPlan;
    private SelectionSetPlan[] _abstractPlans = [];

    public FieldPlan(PlanCompiler compiler, ObjectType parentType, FieldDefinition definition, string responseName,
        FieldNode[] nodes)
    {
        _compiler = compiler;
        ParentType = parentType;
        Definition = definition;
        ResponseName = responseName;
        EncodedName = JsonEncodedText.Encode(responseName);
        KeyBytes = System.Text.Encoding.UTF8.GetBytes("\"" + responseName + "\":");
        Nodes = nodes;
        IsNonNull = definition.Type is NonNullType;

        var arguments = nodes[0].Arguments;
        if (definition.Arguments.Count == 0)
        {
            ConstantArguments = CoercedArguments.Empty;
        }
        else if (!ArgumentCoercion.UsesVariables(arguments))
        {
            try
            {
                ConstantArguments = ArgumentCoercion.Coerce(definition.Arguments, arguments, nodes[0], null);
            }
            catch (GraphQLError error)
            {
                ArgumentError = error;
            }
        }

        Mode = ChooseMode();
    }

    public ObjectType ParentType { get; }

    public FieldDefinition Definition { get; }

    public string ResponseName { get; }

    public JsonEncodedText EncodedName { get; }

    /// <summary>The response key as JSON followed by the colon: <c>"name":</c> (names need no escaping).</summary>
    public byte[] KeyBytes { get; }

    public FieldNode[] Nodes { get; }

    public bool IsNonNull { get; }

    public FieldMode Mode { get; }

    /// <summary>The exact CLR type the typed getter reads; other parents go through the parent reader.</summary>
    public Type? ReaderType { get; private set; }

    public Func<object, string?>? StringGetter { get; private set; }

    public Func<object, int>? IntGetter { get; private set; }

    public Func<object, double>? FloatGetter { get; private set; }

    public Func<object, bool>? BooleanGetter { get; private set; }

    /// <summary>
    /// Arguments without variables, coerced once; null when they use variables (coerced once per request) or failed.
    /// </summary>
    public CoercedArguments? ConstantArguments { get; }

    /// <summary>Why the constant arguments could not be coerced; reported at every execution of the field.</summary>
    public GraphQLError? ArgumentError { get; }

    /// <summary>The sub-selection for a value of the object type <paramref name="type"/>.</summary>
    public SelectionSetPlan GetSelectionSet(ObjectType type)
    {
        var plan = Volatile.Read(ref _objectPlan);
        if (plan is not null && ReferenceEquals(plan.Type, type))
        {
            return plan;
        }

        if (Definition.Type.NamedType is ObjectType)
        {
            plan = _compiler.CompileSubfields(type, Nodes);
            return Interlocked.CompareExchange(ref _objectPlan, plan, null) ?? plan;
        }

        return GetAbstractSelectionSet(type);
    }

    private SelectionSetPlan GetAbstractSelectionSet(ObjectType type)
    {
        while (true)
        {
            var plans = Volatile.Read(ref _abstractPlans);
            foreach (var candidate in plans)
            {
                if (ReferenceEquals(candidate.Type, type))
                {
                    return candidate;
                }
            }

            var plan = _compiler.CompileSubfields(type, Nodes);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _abstractPlans, [.. plans, plan], plans), plans))
            {
                return plan;
            }
        }
    }

    private FieldMode ChooseMode()
    {
        if (ReferenceEquals(Definition, Introspection.TypeNameMetaField))
        {
            return FieldMode.TypeName;
        }

        // The default binding ignores arguments, so only fields whose arguments cannot fail skip the resolver.
        if (Definition.ParentReader is null || ConstantArguments is null)
        {
            return FieldMode.Resolve;
        }

        var runtimeType = ParentType.RuntimeType;
        var leafType = Definition.Type.NullableType as ScalarType;
        if (runtimeType is null || leafType is null || MemberAccessors.Find(runtimeType, Definition.Name) is not { } member)
        {
            return FieldMode.ReadParent;
        }

        var memberType = member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;
        ReaderType = runtimeType;
        switch (leafType)
        {
            case StringType or IdType when memberType == typeof(string):
                StringGetter = CompileGetter<string?>(runtimeType, member);
                return FieldMode.ReadString;
            case IntType when memberType == typeof(int):
                IntGetter = CompileGetter<int>(runtimeType, member);
                return FieldMode.ReadInt;
            case FloatType when memberType == typeof(double):
                FloatGetter = CompileGetter<double>(runtimeType, member);
                return FieldMode.ReadFloat;
            case BooleanType when memberType == typeof(bool):
                BooleanGetter = CompileGetter<bool>(runtimeType, member);
                return FieldMode.ReadBoolean;
            default:
                ReaderType = null;
                return FieldMode.ReadParent;
        }
    }

    // (object parent) => ((RuntimeType)parent).Member, without boxing the member's value.
    private static Func<object, T> CompileGetter<T>(Type runtimeType, MemberInfo member)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parent, runtimeType);
        Expression access = member is PropertyInfo property
            ? Expression.Property(typed, property)
            : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, T>>(access, parent).Compile();
    }
}
