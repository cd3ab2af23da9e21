using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private const string Sdl = """
        scalar DateTime
        scalar Date
        enum AgreementStatus { DRAFT ACTIVE TERMINATED }
        interface Node { id: ID! }
        type Query {
          agreements(limit: Int = 10): [Agreement!]!
          agreement(id: ID!): Agreement
          node(id: ID!): Node
        }
        type Agreement implements Node {
          id: ID!
          title: String!
          status: AgreementStatus!
          signedAt: DateTime
          parties: [Party!]!
          summary(prefix: String = "*"): String!
        }
        type Party implements Node { id: ID! name: String! }
        union SearchResult = Agreement | Party
        """;

    private static readonly Agreement Sample = new("a1", "Hosting", AgreementStatus.Active, null, [new Party("p1", "Aarhus")]);

    [Fact]
    public async Task Binds_fields_to_registered_resolvers_resolver_classes_and_runtime_type_members()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "agreements", context => new[] { Sample }.Take(context.ArgumentValue<int>("limit")).ToList())
            .AddResolver<QueryResolvers>("Query")
            .AddResolver<AgreementResolvers>("Agreement")
            .BindRuntimeType<Agreement>("Agreement")
            .BindRuntimeType<Party>("Party")
            .BindRuntimeType<AgreementStatus>("AgreementStatus")
            .Create();

        var agreements = await new TestResolverContext(schema, "Query", "agreements", null).Resolve();
        Assert.Equal([Sample], Assert.IsType<List<Agreement>>(agreements));

        var repository = new AgreementRepository([Sample]);
        var found = await new TestResolverContext(schema, "Query", "agreement", null,
            new Dictionary<string, object?> { ["id"] = "a1" }, new Dictionary<Type, object> { [typeof(AgreementRepository)] = repository }).Resolve();
        Assert.Same(Sample, found);

        Assert.Equal("Hosting", await new TestResolverContext(schema, "Agreement", "title", Sample).Resolve());
        Assert.Equal("* Hosting (a1)", await new TestResolverContext(schema, "Agreement", "summary", Sample).Resolve());
        Assert.Equal("ACTIVE", ((EnumType)schema.GetType("AgreementStatus")!).Serialize(AgreementStatus.Active));
        Assert.Equal(AgreementStatus.Terminated, ((EnumType)schema.GetType("AgreementStatus")!).ParseValue("TERMINATED"));
    }

    [Fact]
    public async Task Shares_one_instance_of_a_resolver_class_between_its_members()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int, b: Int }")
            .AddResolver<CountingResolvers>("Query")
            .Create();

        Assert.Equal(1, await new TestResolverContext(schema, "Query", "a", null).Resolve());
        Assert.Equal(2, await new TestResolverContext(schema, "Query", "b", null).Resolve());
    }

    [Fact]
    public void Default_resolvers_read_members_of_any_parent_and_dictionary_entries()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString(Sdl).Create();
        var title = schema.GetType("Agreement") is ObjectType agreement ? agreement.GetField("title")! : null;

        Assert.Equal("Hosting", title!.ParentReader!(Sample));
        Assert.Equal("From a dictionary", title.ParentReader(new Dictionary<string, object?> { ["title"] = "From a dictionary" }));
        Assert.Null(title.ParentReader(new Dictionary<string, object?>()));
        Assert.Null(title.ParentReader(null));
    }

    [Fact]
    public void Lists_every_unbound_field_and_every_resolver_that_matches_nothing_in_one_exception()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddDocumentFromString(Sdl + " type Extra { missing: Int, title: String }")
            .AddResolver("Query", "agreemnts", _ => null)
            .AddResolver("Qurey", "agreements", _ => null)
            .AddResolver<MisnamedResolvers>("Agreement")
            .BindRuntimeType<Agreement>("Extra")
            .BindRuntimeType<Party>("Partie")
            .Create());

        Assert.Equal(
        [
            "Runtime type Dbs.GraphQL.Tests.Types.SchemaBuilderTests+Party is bound to \"Partie\", which is not a type of the schema. Did you mean \"Party\" or \"Date\"?",
            "Resolver Dbs.GraphQL.Tests.Types.SchemaBuilderTests+MisnamedResolvers.Titel matches no field of \"Agreement\". Did you mean \"title\"?",
            "Resolver \"Query.agreemnts\" matches no field. Did you mean \"agreements\" or \"agreement\"?",
            "Resolver \"Qurey.agreements\" is registered for \"Qurey\", which is not an object type of the schema. Did you mean \"Query\" or \"Party\"?",
            "Field \"Extra.missing\" has no resolver and its runtime type Dbs.GraphQL.Tests.Types.SchemaBuilderTests+Agreement has no member \"missing\".",
        ], exception.Errors.Select(e => e.Message).ToArray());
        Assert.Equal(5, exception.Message.Split("\n\n").Length);
    }

    [Fact]
    public async Task Binds_subscription_source_streams_and_rejects_bindings_of_introspection_types()
    {
        static async IAsyncEnumerable<object?> Ticks()
        {
            for (var i = 1; i <= 3; i++)
            {
                await Task.Yield();
                yield return new Dictionary<string, object?> { ["tick"] = i };
            }
        }

        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int } type Subscription { tick: Int }")
            .AddSubscriber("Subscription", "tick", _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()))
            .Create();
        var tick = schema.SubscriptionType!.GetField("tick")!;
        var context = new TestResolverContext(schema, "Subscription", "tick", null);
        var values = new List<object?>();
        await foreach (var payload in await tick.Subscriber!(context))
        {
            values.Add(tick.ParentReader!(payload));
        }

        Assert.Equal([1, 2, 3], values);

        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int }")
            .AddResolver("__Type", "name", _ => "hijacked")
            .AddSubscriber("Query", "b", _ => default)
            .BindRuntimeType<Party>("__Field")
            .Create());
        Assert.Equal(
        [
            "Runtime type Dbs.GraphQL.Tests.Types.SchemaBuilderTests+Party is bound to \"__Field\", which is not a type of the schema.",
            "Resolver \"__Type.name\" is registered for \"__Type\", which is not an object type of the schema.",
            "Subscriber \"Query.b\" matches no field. Did you mean \"a\"?",
        ], exception.Errors.Select(e => e.Message).ToArray());
        Assert.Null(await Introspection.TypeType.GetField("name")!.Resolver!(new TestResolverContext(schema, "Query", "a", null)));
    }

    [Fact]
    public void Strict_binding_requires_a_resolver_or_a_runtime_type_member_for_every_field()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int, b: Int }")
            .AddResolver("Query", "a", _ => 1)
            .ModifyOptions(o => o.StrictBinding = true)
            .Create());

        var error = Assert.Single(exception.Errors);
        Assert.Equal("Field \"Query.b\" has no resolver and type \"Query\" has no runtime type.", error.Message);
        Assert.Equal(1, error.Locations![0].Line);
    }

    [Fact]
    public void Reports_enum_values_without_a_clr_member()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddDocumentFromString("type Query { s: AgreementStatus } enum AgreementStatus { DRAFT ARCHIVED }")
            .BindRuntimeType<AgreementStatus>("AgreementStatus")
            .Create());

        Assert.Equal(
            "Enum value \"AgreementStatus.ARCHIVED\" has no member in Dbs.GraphQL.Tests.Types.SchemaBuilderTests+AgreementStatus.",
            Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Includes_schema_validation_errors_in_the_exception()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int } enum Empty")
            .Create());

        Assert.Equal("Enum type Empty must define one or more values.", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Resolves_abstract_types_by_resolver_then_runtime_type_then_typename_entry()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString(Sdl)
            .BindRuntimeType<Agreement>("Agreement")
            .AddResolver<AgreementResolvers>("Agreement")
            .AddTypeResolver("SearchResult", (value, _) => value is string ? "Party" : null)
            .Create();
        var context = new TestResolverContext(schema, "Query", "node", null);
        var node = schema.GetType("Node")!;
        var searchResult = schema.GetType("SearchResult")!;

        Assert.Equal("Party", schema.ResolveAbstractTypeName(searchResult, "any string", context));
        Assert.Equal("Agreement", schema.ResolveAbstractTypeName(node, Sample, context));
        Assert.Equal("Party", schema.ResolveAbstractTypeName(node, new Dictionary<string, object?> { ["__typename"] = "Party" }, context));
        Assert.Null(schema.ResolveAbstractTypeName(node, new object(), context));
    }

    [Fact]
    public void Implements_declared_DateTime_and_Date_scalars_and_registered_custom_scalars()
    {
        var money = new ScalarType("Money", "An amount in øre.");
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("\"When\" scalar DateTime scalar Date @specifiedBy(url: \"https://example.org/date\") scalar Money type Query { at: DateTime, on: Date, price: Money }")
            .AddScalar(money)
            .Create();

        var dateTime = Assert.IsType<DateTimeType>(schema.GetType("DateTime"));
        Assert.Equal("When", dateTime.Description);
        Assert.Equal(DateTimeType.DefaultSpecifiedByUrl, dateTime.SpecifiedByUrl);
        Assert.NotNull(dateTime.AstNode);
        var date = Assert.IsType<DateType>(schema.GetType("Date"));
        Assert.Equal(DateType.DefaultDescription, date.Description);
        Assert.Equal("https://example.org/date", date.SpecifiedByUrl);
        Assert.Equal(new DateOnly(2025, 9, 1), date.ParseValue("2025-09-01"));
        Assert.Same(money, schema.GetType("Money"));
    }

    [Fact]
    public void Reports_invalid_sdl_before_binding()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Agrement } type Agreement { id: ID }")
            .Create());

        Assert.Equal("Unknown type \"Agrement\". Did you mean \"Agreement\"?", Assert.Single(exception.Errors).Message);
    }

    internal enum AgreementStatus
    {
        Draft,
        Active,
        Terminated,
    }

    internal sealed record Party(string Id, string Name);

    internal sealed record Agreement(string Id, string Title, AgreementStatus Status, DateTimeOffset? SignedAt, IReadOnlyList<Party> Parties);

    internal sealed class AgreementRepository(IReadOnlyList<Agreement> agreements)
    {
        public Task<Agreement?> FindAsync(string id, CancellationToken cancellationToken) =>
            Task.FromResult(agreements.FirstOrDefault(a => a.Id == id && !cancellationToken.IsCancellationRequested));
    }

    internal sealed class QueryResolvers
    {
        public static Task<Agreement?> GetAgreementAsync(string id, AgreementRepository repository, CancellationToken cancellationToken) =>
            repository.FindAsync(id, cancellationToken);
    }

    internal sealed class AgreementResolvers
    {
        public string Summary(Agreement parent, string prefix) => $"{prefix} {parent.Title} ({parent.Id})";
    }

    internal sealed class CountingResolvers
    {
        private int _calls;

        public int A() => ++_calls;

        public int B() => ++_calls;
    }

    internal sealed class MisnamedResolvers
    {
        public string Titel => "typo";
    }
}
