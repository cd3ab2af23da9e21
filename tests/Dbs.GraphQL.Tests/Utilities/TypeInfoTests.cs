using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Utilities;

public sealed class TypeInfoTests
{
    private static readonly Schema Schema = AstSchemaBuilder.BuildAstSchema(Parser.Parse("""
        interface Pet { name: String }
        type Dog implements Pet { name: String, barks(loud: Boolean = true, where: Place): Boolean }
        type Cat implements Pet { name: String, meows: Boolean }
        union Animal = Dog | Cat
        input Place { city: String, tags: [String!] = ["home"], mode: Mode }
        enum Mode { INDOOR OUTDOOR }
        type Query { pet: Pet, animals: [Animal!]!, dog: Dog }
        """));

    /// <summary>Walks a document depth-first, recording what TypeInfo says at each node it enters.</summary>
    private static List<string> Walk(string document)
    {
        var typeInfo = new TypeInfo(Schema);
        var log = new List<string>();

        void Visit(Node node)
        {
            typeInfo.Enter(node);
            var described = node switch
            {
                FieldNode f => $"field {f.Name.Value}: type={typeInfo.Type} parent={typeInfo.ParentType} def={typeInfo.FieldDef?.Name}",
                ArgumentNode a => $"argument {a.Name.Value}: input={typeInfo.InputType} default={(typeInfo.HasDefaultValue ? typeInfo.DefaultValue : "none")} arg={typeInfo.Argument?.Name}",
                ObjectFieldNode o => $"object field {o.Name.Value}: input={typeInfo.InputType} parentInput={typeInfo.ParentInputType} hasDefault={typeInfo.HasDefaultValue}",
                ListValueNode => $"list: input={typeInfo.InputType}",
                EnumValueNode e => $"enum {e.Value}: value={typeInfo.EnumValue?.Name ?? "unknown"}",
                InlineFragmentNode => $"inline fragment: type={typeInfo.Type}",
                FragmentDefinitionNode d => $"fragment {d.Name.Value}: type={typeInfo.Type}",
                VariableDefinitionNode v => $"variable {v.Variable.Name.Value}: input={typeInfo.InputType}",
                DirectiveNode d => $"directive {d.Name.Value}: def={typeInfo.Directive?.Name}",
                _ => null,
            };
            if (described is not null)
            {
                log.Add(described);
            }

            foreach (var child in Children(node))
            {
                Visit(child);
            }

            typeInfo.Leave(node);
        }

        foreach (var definition in Parser.Parse(document).Definitions)
        {
            Visit(definition);
        }

        return log;
    }

    private static IEnumerable<Node> Children(Node node) => node switch
    {
        OperationDefinitionNode o => [.. o.VariableDefinitions, .. o.Directives, o.SelectionSet],
        FragmentDefinitionNode f => [.. f.Directives, f.SelectionSet],
        VariableDefinitionNode v => v.DefaultValue is null ? [] : [v.DefaultValue],
        SelectionSetNode s => s.Selections,
        FieldNode f => [.. f.Arguments, .. f.Directives, .. f.SelectionSet is null ? [] : new Node[] { f.SelectionSet }],
        InlineFragmentNode i => [.. i.Directives, i.SelectionSet],
        DirectiveNode d => d.Arguments,
        ArgumentNode a => [a.Value],
        ListValueNode l => l.Values,
        ObjectValueNode o => o.Fields,
        ObjectFieldNode f => [f.Value],
        _ => [],
    };

    [Fact]
    public void Tracks_field_types_through_interfaces_unions_and_fragments()
    {
        Assert.Equal(
        [
            "field pet: type=Pet parent=Query def=pet",
            "field __typename: type=String! parent=Pet def=__typename",
            "field name: type=String parent=Pet def=name",
            "inline fragment: type=Dog",
            "field barks: type=Boolean parent=Dog def=barks",
            "field animals: type=[Animal!]! parent=Query def=animals",
            "field name: type= parent=Animal def=",
            "field __schema: type=__Schema! parent=Query def=__schema",
            "field queryType: type=__Type! parent=__Schema def=queryType",
            "field name: type=String parent=__Type def=name",
            "fragment CatFields: type=Cat",
            "field meows: type=Boolean parent=Cat def=meows",
        ], Walk("{ pet { __typename name ... on Dog { barks } } animals { name } __schema { queryType { name } } } fragment CatFields on Cat { meows }"));
    }

    [Fact]
    public void Tracks_input_types_default_values_and_enum_values_inside_arguments()
    {
        Assert.Equal(
        [
            "variable loud: input=Boolean!",
            "field dog: type=Dog parent=Query def=dog",
            "field barks: type=Boolean parent=Dog def=barks",
            "argument loud: input=Boolean default=True arg=loud",
            "argument where: input=Place default=none arg=where",
            "object field tags: input=[String!] parentInput=Place hasDefault=True",
            "list: input=String!",
            "object field mode: input=Mode parentInput=Place hasDefault=False",
            "enum OUTDOOR: value=OUTDOOR",
            "object field nope: input= parentInput=Place hasDefault=False",
            "directive include: def=include",
            "argument if: input=Boolean! default=none arg=if",
        ], Walk("query Q($loud: Boolean!) { dog { barks(loud: $loud, where: {tags: [\"a\"], mode: OUTDOOR, nope: 1}) @include(if: true) } }"));
    }

    [Fact]
    public void Gives_nothing_for_unknown_fields_and_types_instead_of_failing()
    {
        Assert.Equal(
        [
            "field missing: type= parent=Query def=",
            "field deeper: type= parent= def=",
            "inline fragment: type=",
            "field name: type= parent= def=",
        ], Walk("{ missing { deeper } ... on Unknown { name } }"));
    }

    [Fact]
    public void Can_start_from_a_given_type()
    {
        var typeInfo = new TypeInfo(Schema, Schema.GetType("Dog"));

        Assert.Equal("Dog", typeInfo.Type?.ToString());
        Assert.Equal("Dog", typeInfo.ParentType?.Name);
        Assert.Null(typeInfo.InputType);
    }
}
