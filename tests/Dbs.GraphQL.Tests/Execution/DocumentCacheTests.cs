using Dbs.GraphQL.Execution;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class DocumentCacheTests
{
    private static readonly Dbs.GraphQL.Types.Schema Schema = Run.Schema("type Query { a: Int }");

    [Fact]
    public async Task Parses_and_validates_each_distinct_document_once()
    {
        var executor = new RequestExecutor(Schema);
        for (var i = 0; i < 3; i++)
        {
            using var _ = await executor.ExecuteAsync(new OperationRequest { Query = "{ a }" });
            using var __ = await executor.ExecuteAsync(new OperationRequest { Query = "{ nope }" });
        }

        Assert.Equal(2, executor.DocumentCache.Misses);
        Assert.Equal(4, executor.DocumentCache.Hits);
        Assert.Equal(2, executor.DocumentCache.Count);
    }

    [Fact]
    public async Task Forgets_the_least_recently_used_document_beyond_its_capacity()
    {
        var executor = new RequestExecutor(Schema, new RequestExecutorOptions { DocumentCacheSize = 2 });
        foreach (var query in new[] { "{ a }", "{ b: a }", "{ a }", "{ c: a }" })
        {
            using var _ = await executor.ExecuteAsync(new OperationRequest { Query = query });
        }

        Assert.True(executor.DocumentCache.Contains("{ a }"));
        Assert.False(executor.DocumentCache.Contains("{ b: a }"));
        Assert.True(executor.DocumentCache.Contains("{ c: a }"));
        Assert.Equal(2, executor.DocumentCache.Count);
        Assert.Equal(1, executor.DocumentCache.Hits);
    }

    [Fact]
    public async Task A_cache_of_size_zero_keeps_nothing()
    {
        var executor = new RequestExecutor(Schema, new RequestExecutorOptions { DocumentCacheSize = 0 });
        using var first = await executor.ExecuteAsync(new OperationRequest { Query = "{ a }" });
        using var second = await executor.ExecuteAsync(new OperationRequest { Query = "{ a }" });
        Assert.Equal(0, executor.DocumentCache.Count);
        Assert.Equal(2, executor.DocumentCache.Misses);
    }
}
