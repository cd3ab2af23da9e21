using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dbs.Api.Benchmarks;

/// <summary>The measured requests, each with its hand-written SQL twin.</summary>
internal static class Scenarios
{
    public static IReadOnlyList<Scenario> Create(int municipalityId) =>
    [
        AgreementsPage(municipalityId),
    ];

    /// <summary>A page of 50 of the municipality's agreements with supplier and systems.</summary>
    private static Scenario AgreementsPage(int municipalityId)
    {
        const string Query = "{ agreements(first: 50) { nodes { id status validFrom supplier { name cvr } systems { name } } } }";
        return new Scenario("agreements(first: 50) with supplier and systems", "agreements", Body(Query),
            async (connection, writer, cancellationToken) =>
            {
                var agreements = new List<(int Id, string Status, string? ValidFrom, int SupplierId)>();
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = """
                        SELECT "Id", "Status", "ValidFrom", "SupplierId" FROM "Agreements"
                        WHERE "MunicipalityId" = $m ORDER BY "Id" LIMIT 50
                        """;
                    command.Parameters.AddWithValue("$m", municipalityId);
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        agreements.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3)));
                    }
                }

                var ids = string.Join(',', agreements.Select(a => a.Id));
                var suppliers = new Dictionary<int, (string Name, string Cvr)>();
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = $"""
                        SELECT "Id", "Name", "Cvr" FROM "Suppliers"
                        WHERE "Id" IN (SELECT "SupplierId" FROM "Agreements" WHERE "Id" IN ({ids}))
                        """;
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        suppliers[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
                    }
                }

                var systems = new Dictionary<int, List<string>>();
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = $"""
                        SELECT s."AgreementId", i."Name" FROM "AgreementSystems" s JOIN "ItSystems" i ON i."Id" = s."ItSystemId"
                        WHERE s."AgreementId" IN ({ids}) ORDER BY s."AgreementId", i."Name", i."Id"
                        """;
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        var agreementId = reader.GetInt32(0);
                        if (!systems.TryGetValue(agreementId, out var names))
                        {
                            systems[agreementId] = names = [];
                        }

                        names.Add(reader.GetString(1));
                    }
                }

                writer.WriteStartObject();
                writer.WriteStartObject("agreements");
                writer.WriteStartArray("nodes");
                foreach (var agreement in agreements)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", GlobalId("Agreement", agreement.Id));
                    writer.WriteString("status", EnumValue(agreement.Status));
                    if (agreement.ValidFrom is null)
                    {
                        writer.WriteNull("validFrom");
                    }
                    else
                    {
                        writer.WriteString("validFrom", agreement.ValidFrom);
                    }

                    var supplier = suppliers[agreement.SupplierId];
                    writer.WriteStartObject("supplier");
                    writer.WriteString("name", supplier.Name);
                    writer.WriteString("cvr", supplier.Cvr);
                    writer.WriteEndObject();
                    writer.WriteStartArray("systems");
                    foreach (var name in systems.GetValueOrDefault(agreement.Id) ?? [])
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", name);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
            });
    }

    private static string Body(string query) => JsonSerializer.Serialize(new { query });

    private static string GlobalId(string type, int id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id}"));

    /// <summary>A C# enum member name as its GraphQL enum value: InNegotiation → IN_NEGOTIATION.</summary>
    private static string EnumValue(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
