using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class FieldCollectionTests
{
    private const string Query = """
        query($yes: Boolean!, $no: Boolean = false) {
          a @skip(if: $yes) b @include(if: $yes)
          c { x ... @include(if: $no) { y } ...F @skip(if: false) }
          alias: a
          c { z x }
        }
        fragment F on C { z @skip(if: true) y }
        """;

    private static readonly Schema Schema = Run.Schema("type Query { a: Int b: Int c: C } type C { x: Int y: Int z: Int }");
    private static readonly Dictionary<string, object?> Root = Run.Map(("a", 1), ("b", 2), ("c", Run.Map(("x", 1), ("y", 2), ("z", 3))));

    [Fact]
    public async Task Merges_fields_of_fragments_and_repeated_selections_in_first_occurrence_order()
    {
        var json = await Run.Json(Schema, Query, Root, Run.Map(("yes", true)));
        Assert.Equal(Run.Expect("{'data':{'b':2,'c':{'x':1,'y':2,'z':3},'alias':1}}"), json);
    }

    [Fact]
    public async Task Skip_and_include_follow_the_variables_of_each_request_with_one_cached_document()
    {
        var executor = new RequestExecutor(Schema);
        using var yes = await executor.ExecuteAsync(new OperationRequest { Query = Query, RootValue = Root, Variables = Run.Map(("yes", true)) });
        using var no = await executor.ExecuteAsync(new OperationRequest { Query = Query, RootValue = Root, Variables = Run.Map(("yes", false), ("no", true)) });
        using var yesAgain = await executor.ExecuteAsync(new OperationRequest { Query = Query, RootValue = Root, Variables = Run.Map(("yes", true)) });
        Assert.Equal(Run.Expect("{'data':{'b':2,'c':{'x':1,'y':2,'z':3},'alias':1}}"), yes.ToJson());
        Assert.Equal(Run.Expect("{'data':{'a':1,'c':{'x':1,'y':2,'z':3},'alias':1}}"), no.ToJson());
        Assert.Equal(yes.ToJson(), yesAgain.ToJson());
        Assert.Equal(1, executor.DocumentCache.Misses);
        Assert.Equal(2, executor.DocumentCache.Hits);
    }

    [Fact]
    public async Task Skip_wins_over_include_on_the_same_selection()
    {
        var json = await Run.Json(Schema, "{ a @skip(if: true) @include(if: true) b @include(if: true) @skip(if: false) }", Root);
        Assert.Equal(Run.Expect("{'data':{'b':2}}"), json);
    }

    [Fact]
    public async Task Inline_fragments_without_type_condition_and_spreads_on_the_same_type_apply()
    {
        var json = await Run.Json(Schema, "{ ... { a } ...Q c { ... on C { x } } } fragment Q on Query { b }", Root);
        Assert.Equal(Run.Expect("{'data':{'a':1,'b':2,'c':{'x':1}}}"), json);
    }

    [Fact]
    public async Task Typename_names_the_object_type_at_every_level()
    {
        var json = await Run.Json(Schema, "{ __typename c { __typename t: __typename } }", Root);
        Assert.Equal(Run.Expect("{'data':{'__typename':'Query','c':{'__typename':'C','t':'C'}}}"), json);
    }

    [Fact]
    public async Task A_long_chain_of_fragment_spreads_is_collected_without_exhausting_the_stack()
    {
        var fragments = string.Concat(Enumerable.Range(0, 5000).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}\n"));
        var query = "{ ...F0 }\n" + fragments + "fragment F5000 on Query { a }";
        var executor = new RequestExecutor(Schema);
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, RootValue = Root });
        Assert.Equal(Run.Expect("{'data':{'a':1}}"), result.ToJson());
    }
}
