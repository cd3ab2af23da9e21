using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { agreements: [Agreement!]! }
        type Agreement { id: Int! supplier: Supplier findings: [String!]! supplierName: String }
        type Supplier { id: Int! name: String country: Country }
        type Country { code: String }
        """;

    private static Schema BuildSchema() => Run.Schema(Sdl, builder => builder
        .AddResolver("Query", "agreements", _ => Enumerable.Range(1, 6).Select(id => new Agreement(id, id % 3)).ToList())
        .AddResolver("Agreement", "id", context => context.ParentAs<Agreement>().Id)
        .AddResolver("Agreement", "supplier", async context =>
            await context.DataLoader<SupplierById>().LoadAsync(context.ParentAs<Agreement>().SupplierId))
        .AddResolver("Agreement", "findings", async context =>
            await context.DataLoader<FindingsByAgreement>().LoadAsync(context.ParentAs<Agreement>().Id))
        .AddResolver("Agreement", "supplierName", async context =>
        {
            // One loader after another inside one resolver.
            var supplier = await context.DataLoader<SupplierById>().LoadAsync(context.ParentAs<Agreement>().SupplierId);
            var country = await context.DataLoader<CountryBySupplier>().LoadAsync(supplier!.Id);
            return $"{supplier.Name} ({country?.Code})";
        })
        .AddResolver("Supplier", "id", context => context.ParentAs<Supplier>().Id)
        .AddResolver("Supplier", "name", context => context.ParentAs<Supplier>().Name)
        .AddResolver("Supplier", "country", async context =>
            await context.DataLoader<CountryBySupplier>().LoadAsync(context.ParentAs<Supplier>().Id))
        .AddResolver("Country", "code", context => context.ParentAs<Country>().Code));

    private static async Task<(string Json, FetchLog Log)> Execute(string query, RequestExecutor? executor = null)
    {
        var log = new FetchLog();
        executor ??= new RequestExecutor(BuildSchema());
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, Services = new Services(log) });
        return (result.ToJson(), log);
    }

    [Fact]
    public async Task Keys_requested_in_one_wave_are_fetched_in_one_batch_in_first_request_order()
    {
        var (json, log) = await Execute("{ agreements { id supplier { id name } } }");
        Assert.Equal(["SupplierById: 1, 2, 0"], log.Fetches);
        Assert.Equal(Run.Expect("""
            {'data':{'agreements':[
              {'id':1,'supplier':{'id':1,'name':'Supplier 1'}},{'id':2,'supplier':{'id':2,'name':'Supplier 2'}},
              {'id':3,'supplier':{'id':0,'name':'Supplier 0'}},{'id':4,'supplier':{'id':1,'name':'Supplier 1'}},
              {'id':5,'supplier':{'id':2,'name':'Supplier 2'}},{'id':6,'supplier':{'id':0,'name':'Supplier 0'}}]}}
            """), json);
    }

    [Fact]
    public async Task Each_level_of_relations_costs_one_batch_per_loader()
    {
        var (json, log) = await Execute("{ agreements { supplier { country { code } } findings } }");
        Assert.Equal(["SupplierById: 1, 2, 0", "FindingsByAgreement: 1, 2, 3, 4, 5, 6", "CountryBySupplier: 1, 2, 0"], log.Fetches);
        Assert.Equal(Run.Expect("""
            {'data':{'agreements':[
              {'supplier':{'country':{'code':'C1'}},'findings':['F1a']},{'supplier':{'country':{'code':'C2'}},'findings':['F2a','F2b']},
              {'supplier':{'country':null},'findings':[]},{'supplier':{'country':{'code':'C1'}},'findings':['F4a']},
              {'supplier':{'country':{'code':'C2'}},'findings':['F5a','F5b']},{'supplier':{'country':null},'findings':[]}]}}
            """), json);
    }

    [Fact]
    public async Task Loaded_keys_answer_from_the_request_cache()
    {
        var executor = new RequestExecutor(BuildSchema());
        var (_, log) = await Execute("{ agreements { supplier { name } again: supplier { id } } }", executor);
        var (_, second) = await Execute("{ agreements { supplier { name } } }", executor);
        Assert.Equal(["SupplierById: 1, 2, 0"], log.Fetches);
        Assert.Equal(["SupplierById: 1, 2, 0"], second.Fetches);
    }

    [Fact]
    public async Task A_resolver_may_await_one_loader_after_another()
    {
        var (json, log) = await Execute("{ agreements { supplierName } }");
        Assert.Equal(["SupplierById: 1, 2, 0", "CountryBySupplier: 1, 2, 0"], log.Fetches);
        Assert.Contains("{\"supplierName\":\"Supplier 0 ()\"}", json, StringComparison.Ordinal);
        Assert.Contains("{\"supplierName\":\"Supplier 2 (C2)\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_batch_fails_each_field_that_waited_for_it()
    {
        var schema = BuildSchema();
        var failing = new FetchLog { Fail = true };
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { IncludeExceptionDetails = true });
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = "{ agreements { supplier { id } } }", Services = new Services(failing) });
        Assert.Equal(6, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("store unavailable", error.Message));
        Assert.Equal(["agreements", 5, "supplier"], result.Errors[5].Path);
        Assert.Equal(["SupplierById: 1, 2, 0"], failing.Fetches);
        Assert.Contains("{\"supplier\":null}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loader_splits_batches_larger_than_its_limit()
    {
        var log = new FetchLog();
        var scheduler = new BatchScheduler();
        var loader = new SmallBatches(scheduler, log);
        var pending = Enumerable.Range(1, 5).Select(loader.LoadAsync).ToList();
        Assert.True(scheduler.HasPendingBatches);
        await scheduler.DispatchAsync();
        Assert.Equal(["SmallBatches: 1, 2", "SmallBatches: 3, 4", "SmallBatches: 5"], log.Fetches);
        Assert.Equal(new string?[] { "v1", "v2", "v3", "v4", "v5" }, await Task.WhenAll(pending.Select(p => p.AsTask())));
        Assert.False(scheduler.HasPendingBatches);
    }

    [Fact]
    public async Task A_group_loader_gives_an_empty_array_for_a_key_without_values()
    {
        var log = new FetchLog();
        var scheduler = new BatchScheduler();
        var loader = new FindingsByAgreement(scheduler, log);
        var two = loader.LoadAsync(2);
        var three = loader.LoadAsync(3);
        await scheduler.DispatchAsync();
        Assert.Equal(["F2a", "F2b"], await two);
        Assert.Empty(await three);
        Assert.True(loader.LoadAsync(2).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Resolver_methods_receive_the_request_loaders_as_parameters()
    {
        var sdl = "type Query { agreements: [Agreement!]! } type Agreement { id: Int! supplier: Supplier } type Supplier { id: Int! name: String }";
        var schema = Run.Schema(sdl, builder => builder
            .AddResolver("Query", "agreements", _ => Enumerable.Range(1, 4).Select(id => new Agreement(id, id % 2)).ToList())
            .BindRuntimeType<Agreement>("Agreement")
            .BindRuntimeType<Supplier>("Supplier")
            .AddResolver<AgreementResolvers>("Agreement"));
        var log = new FetchLog();
        var executor = new RequestExecutor(schema);
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = "{ agreements { id supplier { name } } }", Services = new Services(log) });
        Assert.Equal(["SupplierById: 1, 0"], log.Fetches);
        Assert.Equal(Run.Expect("{'data':{'agreements':[{'id':1,'supplier':{'name':'Supplier 1'}},{'id':2,'supplier':{'name':'Supplier 0'}},{'id':3,'supplier':{'name':'Supplier 1'}},{'id':4,'supplier':{'name':'Supplier 0'}}]}}"), result.ToJson());
    }

    private sealed class AgreementResolvers
    {
        public ValueTask<Supplier?> GetSupplierAsync(Agreement parent, SupplierById loader) => loader.LoadAsync(parent.SupplierId);
    }

    private sealed record Agreement(int Id, int SupplierId);

    private sealed record Supplier(int Id, string Name);

    private sealed record Country(string Code);

    private sealed class FetchLog
    {
        public List<string> Fetches { get; } = [];

        public bool Fail { get; init; }

        public void Add(string loader, IEnumerable<int> keys)
        {
            lock (Fetches)
            {
                Fetches.Add($"{loader}: {string.Join(", ", keys)}");
            }

            if (Fail)
            {
                throw new InvalidOperationException("store unavailable");
            }
        }
    }

    private sealed class Services(FetchLog log) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(FetchLog) ? log : null;
    }

    private sealed class SupplierById(BatchScheduler scheduler, FetchLog log) : DataLoader<int, Supplier>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, Supplier>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await Task.Yield();
            log.Add(nameof(SupplierById), keys);
            return keys.ToDictionary(k => k, k => new Supplier(k, $"Supplier {k}"));
        }
    }

    private sealed class CountryBySupplier(BatchScheduler scheduler, FetchLog log) : DataLoader<int, Country>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, Country>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(CountryBySupplier), keys);
            IReadOnlyDictionary<int, Country> countries = keys.Where(k => k != 0).ToDictionary(k => k, k => new Country($"C{k}"));
            return Task.FromResult(countries);
        }
    }

    private sealed class FindingsByAgreement(BatchScheduler scheduler, FetchLog log) : GroupDataLoader<int, string>(scheduler)
    {
        protected override async Task<ILookup<int, string>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await Task.Yield();
            log.Add(nameof(FindingsByAgreement), keys);
            return keys.Where(k => k % 3 != 0)
                .SelectMany(k => Enumerable.Range(0, k % 3).Select(i => (Key: k, Value: $"F{k}{(char)('a' + i)}")))
                .ToLookup(p => p.Key, p => p.Value);
        }
    }

    private sealed class SmallBatches(BatchScheduler scheduler, FetchLog log) : DataLoader<int, string>(scheduler)
    {
        protected override int MaxBatchSize => 2;

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(nameof(SmallBatches), keys);
            IReadOnlyDictionary<int, string> values = keys.ToDictionary(k => k, k => $"v{k}");
            return Task.FromResult(values);
        }
    }
}
