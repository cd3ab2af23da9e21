using System.Data.Common;
using System.Reflection;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dbs.Domain.Seeding;

/// <summary>
/// Writes new entity graphs with multi-row INSERT statements, bypassing the change tracker, which is far too slow for
/// hundreds of thousands of rows. Everything comes from the EF model, so it works on either provider: tables and
/// columns, value conversions and parameter types (each column's type mapping), keys (assigned here, continuing after
/// the table's highest key) and foreign keys (read from the navigations, and written back to the entities, as a
/// save would). Children are found through collection navigations; tables are written principals first.
/// </summary>
internal sealed class BulkInserter(DbsDbContext db)
{
    // PostgreSQL allows 65,535 parameters per statement. Microsoft.Data.Sqlite looks each parameter up by name when
    // binding (quadratic in their number), so SQLite gets short statements, reused across rows instead.
    private const int MaxPostgresParameters = 30_000;
    private const int MaxSqliteParameters = 64;
    private const int MaxRows = 500;

    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
    private readonly Dictionary<IEntityType, long> _lastKeys = [];

    /// <summary>Inserts <paramref name="roots"/> and every new entity reachable through their collections.</summary>
    public async Task InsertAsync(IEnumerable<object> roots, CancellationToken cancellationToken)
    {
        var byType = new Dictionary<IEntityType, List<object>>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>(roots.Reverse());
        while (pending.Count > 0)
        {
            var entity = pending.Pop();
            if (!seen.Add(entity))
            {
                continue;
            }

            var type = EntityType(entity);
            if (!byType.TryGetValue(type, out var list))
            {
                byType[type] = list = [];
            }

            list.Add(entity);
            foreach (var navigation in type.GetNavigations().Where(n => n.IsCollection))
            {
                if (navigation.GetGetter().GetClrValueUsingContainingEntity(entity) is System.Collections.IEnumerable children)
                {
                    foreach (var child in children.Cast<object>().Reverse())
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        foreach (var type in PrincipalsFirst(byType.Keys))
        {
            await InsertTableAsync(type, byType[type], cancellationToken);
        }
    }

    private IEntityType EntityType(object entity) =>
        db.Model.FindEntityType(entity.GetType())
        ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity of the model.");

    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var remaining = types.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var next = remaining.First(t => t.GetForeignKeys()
                .All(fk => fk.PrincipalEntityType == t || !remaining.Contains(fk.PrincipalEntityType)));
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }

    private async Task InsertTableAsync(IEntityType type, List<object> entities, CancellationToken cancellationToken)
    {
        var table = type.GetTableName()!;
        var key = type.FindPrimaryKey()!;
        var generatedKey = key.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } single] ? single : null;
        if (generatedKey is not null)
        {
            var last = await LastKeyAsync(type, table, generatedKey, cancellationToken);
            foreach (var entity in entities)
            {
                SetValue(generatedKey, entity, Convert.ChangeType(++last, generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture));
            }

            _lastKeys[type] = last;
        }

        // Store-generated columns other than the key (PostgreSQL's xmin) are left to the database.
        var columns = type.GetProperties()
            .Where(p => p == generatedKey || (p.ValueGenerated & ValueGenerated.OnUpdate) == 0)
            .ToList();
        var values = columns.Select(ValueReader).ToList();
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToList();
        var maxParameters = db.Database.IsSqlite() ? MaxSqliteParameters : MaxPostgresParameters;
        var rowsPerStatement = Math.Clamp(maxParameters / columns.Count, 1, MaxRows);
        var head = $"INSERT INTO {_sql.DelimitIdentifier(table)} ({string.Join(", ", columns.Select(c => _sql.DelimitIdentifier(c.GetColumnName())))}) VALUES ";

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        DbCommand? command = null;
        try
        {
            for (var offset = 0; offset < entities.Count; offset += rowsPerStatement)
            {
                var rows = Math.Min(rowsPerStatement, entities.Count - offset);
                if (command is null || command.Parameters.Count != rows * columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = CreateCommand(connection, transaction, head, mappings, columns.Count, rows);
                }

                for (var row = 0; row < rows; row++)
                {
                    var entity = entities[offset + row];
                    for (var column = 0; column < columns.Count; column++)
                    {
                        var value = values[column](entity);
                        var converter = mappings[column].Converter;
                        command.Parameters[row * columns.Count + column].Value =
                            (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        if (generatedKey is not null && db.Database.IsNpgsql())
        {
            // Keys were given explicitly, so the identity sequence must be moved past them.
            var sequence = $"SELECT setval(pg_get_serial_sequence('{_sql.DelimitIdentifier(table)}', '{generatedKey.GetColumnName()}'), {_lastKeys[type]})";
            await db.Database.ExecuteSqlRawAsync(sequence, cancellationToken);
        }
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string head,
        List<RelationalTypeMapping> mappings, int columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new System.Text.StringBuilder(head);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                var name = "@p" + (row * columns + column).ToString(System.Globalization.CultureInfo.InvariantCulture);
                text.Append(column == 0 ? name : ", " + name);
                command.Parameters.Add(mappings[column].CreateParameter(command, name, null));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    private async Task<long> LastKeyAsync(IEntityType type, string table, IProperty key, CancellationToken cancellationToken)
    {
        if (_lastKeys.TryGetValue(type, out var last))
        {
            return last;
        }

        var query = $"SELECT COALESCE(MAX({_sql.DelimitIdentifier(key.GetColumnName())}), 0) AS \"Value\" FROM {_sql.DelimitIdentifier(table)}";
        return await db.Database.SqlQueryRaw<long>(query).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// How to read a column's value from an entity: its property, or for a foreign key the key of the entity its
    /// navigation points to (written back to the foreign key property, as a save would do).
    /// </summary>
    private static Func<object, object?> ValueReader(IProperty property)
    {
        var foreignKey = property.GetContainingForeignKeys().FirstOrDefault(fk => fk.DependentToPrincipal is not null);
        if (foreignKey is null)
        {
            var getter = property.GetGetter();
            return entity => getter.GetClrValueUsingContainingEntity(entity);
        }

        var navigation = foreignKey.DependentToPrincipal!.GetGetter();
        var index = foreignKey.Properties.ToList().IndexOf(property);
        var principalKey = foreignKey.PrincipalKey.Properties[index].GetGetter();
        return entity =>
        {
            var principal = navigation.GetClrValueUsingContainingEntity(entity);
            var value = principal is null ? null : principalKey.GetClrValueUsingContainingEntity(principal);
            if (value is not null && !property.IsShadowProperty())
            {
                SetValue(property, entity, value);
            }

            return value;
        };
    }

    private static void SetValue(IProperty property, object entity, object value)
    {
        if (property.FieldInfo is { } field)
        {
            field.SetValue(entity, value);
        }
        else
        {
            property.DeclaringType.ClrType
                .GetProperty(property.Name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!
                .SetValue(entity, value);
        }
    }
}
