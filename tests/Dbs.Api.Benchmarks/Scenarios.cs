using System.Text;
using System.Text.Json;
using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Supervisions;
using Microsoft.Data.Sqlite;

namespace Dbs.Api.Benchmarks;

/// <summary>
/// The measured requests, each with its hand-written SQL twin that applies the same access rule as the API (the
/// municipality's own agreements, and the supervisions of systems it has agreements for).
/// </summary>
internal static class Scenarios
{
    /// <summary>A supervision concerns the municipality through a system it has an agreement for, or, without a system, through the supplier.</summary>
    private const string SupervisionInScope = """
        CASE WHEN s."ItSystemId" IS NOT NULL
          THEN EXISTS (SELECT 1 FROM "AgreementSystems" x JOIN "Agreements" a ON a."Id" = x."AgreementId"
                       WHERE x."ItSystemId" = s."ItSystemId" AND a."MunicipalityId" = $m)
          ELSE EXISTS (SELECT 1 FROM "Agreements" a WHERE a."SupplierId" = s."SupplierId" AND a."MunicipalityId" = $m)
        END
        """;

    public static IReadOnlyList<Scenario> Create(int municipalityId) =>
    [
        Dashboard(municipalityId),
        AgreementsPage(municipalityId),
    ];

    /// <summary>(a) The municipality's dashboard: every aggregate the API offers.</summary>
    private static Scenario Dashboard(int municipalityId)
    {
        var query = $$"""
            { dashboard(municipalityId: "{{GlobalId("Municipality", municipalityId)}}") {
                agreementsByStatus { status count } supervisionsByStatus { status count }
                openFindingsBySeverity { severity count } overdueFollowUps agreementsExposedToThirdCountries
                acknowledgementsByStatus { status count } acknowledgementsPending openObjectionWindows } }
            """;
        var eea = string.Join(", ", Countries.EeaList.Select(code => $"'{code}'"));
        return new Scenario("(a) municipality dashboard", "dashboard", Body(query), async (connection, writer, ct) =>
        {
            var today = DanishTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var agreements = await CountByAsync(connection, municipalityId, today, """
                SELECT "Status", COUNT(*) FROM "Agreements" WHERE "MunicipalityId" = $m GROUP BY "Status"
                """, ct);
            var supervisions = await CountByAsync(connection, municipalityId, today, $"""
                SELECT s."Status", COUNT(*) FROM "Supervisions" s WHERE {SupervisionInScope} GROUP BY s."Status"
                """, ct);
            var findings = await CountByAsync(connection, municipalityId, today, $"""
                SELECT f."Severity", COUNT(*) FROM "Findings" f JOIN "Supervisions" s ON s."Id" = f."SupervisionId"
                WHERE f."Status" IN ('Open', 'Responded') AND s."Status" IN ('Released', 'Closed') AND {SupervisionInScope}
                GROUP BY f."Severity"
                UNION ALL
                SELECT 'overdue', COUNT(*) FROM "Findings" f JOIN "Supervisions" s ON s."Id" = f."SupervisionId"
                WHERE f."Status" IN ('Open', 'Responded') AND s."Status" IN ('Released', 'Closed') AND {SupervisionInScope}
                  AND f."FollowUpDeadline" < $today
                """, ct);
            var single = await CountByAsync(connection, municipalityId, today, $"""
                SELECT 'exposed', COUNT(*) FROM "Agreements" a
                WHERE a."MunicipalityId" = $m AND a."Status" = 'Active' AND EXISTS (
                  SELECT 1 FROM "SubProcessorEngagements" e
                  JOIN "SubProcessors" p ON p."Id" = e."SubProcessorId"
                  JOIN "EngagementSystems" es ON es."EngagementId" = e."Id"
                  JOIN "AgreementSystems" x ON x."ItSystemId" = es."ItSystemId" AND x."AgreementId" = a."Id"
                  WHERE e."SupplierId" = a."SupplierId" AND e."Status" IN ('Active', 'Notified') AND p."CountryCode" NOT IN ({eea}))
                UNION ALL
                SELECT 'windows', COUNT(*) FROM "ObjectionWindows" w JOIN "SubProcessorEngagements" e ON e."Id" = w."EngagementId"
                WHERE w."MunicipalityId" = $m AND w."Status" = 'Open' AND w."Deadline" >= $today AND e."Status" = 'Notified'
                """, ct);
            var acknowledgements = await CountByAsync(connection, municipalityId, today, """
                SELECT "Status", COUNT(*) FROM "ReportAcknowledgements" WHERE "MunicipalityId" = $m GROUP BY "Status"
                """, ct);

            writer.WriteStartObject();
            writer.WriteStartObject("dashboard");
            WriteCounts<AgreementStatus>(writer, "agreementsByStatus", "status", agreements);
            WriteCounts<SupervisionStatus>(writer, "supervisionsByStatus", "status", supervisions);
            WriteCounts<FindingSeverity>(writer, "openFindingsBySeverity", "severity", findings);
            writer.WriteNumber("overdueFollowUps", findings.GetValueOrDefault("overdue"));
            writer.WriteNumber("agreementsExposedToThirdCountries", single.GetValueOrDefault("exposed"));
            WriteCounts<AcknowledgementStatus>(writer, "acknowledgementsByStatus", "status", acknowledgements);
            writer.WriteNumber("acknowledgementsPending", acknowledgements.GetValueOrDefault(nameof(AcknowledgementStatus.Pending)));
            writer.WriteNumber("openObjectionWindows", single.GetValueOrDefault("windows"));
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    /// <summary>(b) A filtered, sorted page of 50 of the municipality's agreements with supplier, systems and open findings.</summary>
    private static Scenario AgreementsPage(int municipalityId)
    {
        const string Query = """
            { agreements(first: 50, where: { status: { eq: ACTIVE } }, order: [{ validFrom: DESC }]) {
                nodes { id status validFrom supplier { name cvr } systems { name }
                        openFindings { id severity followUpDeadline } } } }
            """;
        return new Scenario("(b) agreements(first: 50, where, order) with supplier, systems, open findings", "agreements",
            Body(Query), async (connection, writer, ct) =>
            {
                var agreements = new List<(int Id, string Status, string? ValidFrom, int SupplierId)>();
                await using (var command = connection.CreateCommand())
                {
                    // Missing dates last when descending, then the id ascending, as the API's keyset order.
                    command.CommandText = """
                        SELECT "Id", "Status", "ValidFrom", "SupplierId" FROM "Agreements"
                        WHERE "MunicipalityId" = $m AND "Status" = 'Active'
                        ORDER BY "ValidFrom" IS NULL, "ValidFrom" DESC, "Id" LIMIT 50
                        """;
                    command.Parameters.AddWithValue("$m", municipalityId);
                    await using var reader = await command.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        agreements.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3)));
                    }
                }

                var ids = string.Join(',', agreements.Select(a => a.Id));
                var suppliers = new Dictionary<int, (string Name, string Cvr)>();
                await ReadAsync(connection, $"""
                    SELECT "Id", "Name", "Cvr" FROM "Suppliers"
                    WHERE "Id" IN (SELECT "SupplierId" FROM "Agreements" WHERE "Id" IN ({ids}))
                    """, reader => suppliers[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2)), ct);
                var systems = new Dictionary<int, List<string>>();
                await ReadAsync(connection, $"""
                    SELECT x."AgreementId", i."Name" FROM "AgreementSystems" x JOIN "ItSystems" i ON i."Id" = x."ItSystemId"
                    WHERE x."AgreementId" IN ({ids}) ORDER BY x."AgreementId", i."Name", i."Id"
                    """, reader => Group(systems, reader.GetInt32(0)).Add(reader.GetString(1)), ct);
                var findings = new Dictionary<int, List<(int Id, string Severity, string? FollowUpDeadline)>>();
                await ReadAsync(connection, $"""
                    SELECT a."Id", f."Id", f."Severity", f."FollowUpDeadline"
                    FROM "Agreements" a JOIN "Findings" f JOIN "Supervisions" s ON s."Id" = f."SupervisionId"
                    WHERE a."Id" IN ({ids}) AND f."Status" IN ('Open', 'Responded') AND s."Status" IN ('Released', 'Closed')
                      AND CASE WHEN s."ItSystemId" IS NOT NULL
                            THEN EXISTS (SELECT 1 FROM "AgreementSystems" x WHERE x."AgreementId" = a."Id" AND x."ItSystemId" = s."ItSystemId")
                            ELSE s."SupplierId" = a."SupplierId" END
                    ORDER BY a."Id", f."Id"
                    """, reader => Group(findings, reader.GetInt32(0))
                        .Add((reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))), ct);

                writer.WriteStartObject();
                writer.WriteStartObject("agreements");
                writer.WriteStartArray("nodes");
                foreach (var agreement in agreements)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", GlobalId("Agreement", agreement.Id));
                    writer.WriteString("status", EnumValue(agreement.Status));
                    WriteNullable(writer, "validFrom", agreement.ValidFrom);
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
                    writer.WriteStartArray("openFindings");
                    foreach (var finding in findings.GetValueOrDefault(agreement.Id) ?? [])
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", GlobalId("Finding", finding.Id));
                        writer.WriteString("severity", EnumValue(finding.Severity));
                        WriteNullable(writer, "followUpDeadline", finding.FollowUpDeadline);
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

    private static async Task<Dictionary<string, long>> CountByAsync(SqliteConnection connection, int municipalityId,
        string today, string sql, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$m", municipalityId);
        command.Parameters.AddWithValue("$today", today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static async Task ReadAsync(SqliteConnection connection, string sql, Action<SqliteDataReader> row,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    private static List<T> Group<T>(Dictionary<int, List<T>> groups, int key)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        return list;
    }

    /// <summary>Every member of the enum in declaration order with its count, zeros included.</summary>
    private static void WriteCounts<TEnum>(Utf8JsonWriter writer, string name, string keyName, Dictionary<string, long> counts)
        where TEnum : struct, Enum
    {
        writer.WriteStartArray(name);
        foreach (var value in Enum.GetNames<TEnum>())
        {
            writer.WriteStartObject();
            writer.WriteString(keyName, EnumValue(value));
            writer.WriteNumber("count", counts.GetValueOrDefault(value));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
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
