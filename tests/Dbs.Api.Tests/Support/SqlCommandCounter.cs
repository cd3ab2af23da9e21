using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dbs.Api.Tests.Support;

/// <summary>
/// Counts the SQL commands EF Core executes against one database (recognised by a fragment of its connection string,
/// e.g. the SQLite file's folder), so tests running in parallel on other databases do not disturb the count.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionFragment;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;
    private int _count;

    public SqlCommandCounter(string connectionFragment)
    {
        _connectionFragment = connectionFragment;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString.Contains(_connectionFragment, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
