namespace Dbs.Api.Tests.Support;

/// <summary>One host over the demo data (scale 1), shared by a provider's tests; they only read.</summary>
public abstract class DemoHost : IAsyncLifetime
{
    private GraphQLHost? _host;

    public GraphQLHost Host => _host ?? throw new InvalidOperationException("The host is not started yet.");

    public async Task InitializeAsync()
    {
        _host = await CreateHostAsync();
        var seeded = await _host.RunAsync("seed-demo");
        Assert.Equal(0, seeded.ExitCode);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    protected abstract Task<GraphQLHost> CreateHostAsync();
}

public sealed class SqliteDemoHost : DemoHost
{
    protected override Task<GraphQLHost> CreateHostAsync() => Task.FromResult(new GraphQLHost());
}

public sealed class PostgresDemoHost : DemoHost
{
    protected override Task<GraphQLHost> CreateHostAsync() => GraphQLHost.OnPostgresAsync();
}
