using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dbs.Domain.Persistence;
using Dbs.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Support;

/// <summary>A SHA-256 over every row of every table, in key order: equal hashes mean equal data.</summary>
public static class DataHash
{
    public static async Task<string> ComputeAsync(DbsDbContext db)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var table in DatabaseTables.Names(db))
            {
                var entityType = db.Model.GetEntityTypes().First(t => t.GetTableName() == table);
                var keys = string.Join(", ", entityType.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {keys}";
                await using var reader = await command.ExecuteReaderAsync();
                Append(hash, "table " + table);
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        Append(hash, Format(reader, i));
                    }
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string Format(DbDataReader reader, int column) =>
        reader.IsDBNull(column)
            ? "<null>"
            : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture) ?? "";

    private static void Append(IncrementalHash hash, string value)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(value));
        hash.AppendData([0]);
    }
}
