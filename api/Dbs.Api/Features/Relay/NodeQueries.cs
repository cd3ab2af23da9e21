using Dbs.Api.GraphQL;
using Dbs.Domain.Access;
using Dbs.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Relay;

/// <summary>
/// <c>node(id:)</c> and <c>nodes(ids:)</c>: objects by global id, read through the caller's <see cref="AccessScope"/>,
/// so someone else's object is null, exactly like one that does not exist.
/// </summary>
public sealed class NodeQueries
{
    public const int MaxIds = 50;

    public Task<object?> NodeAsync(string id, RequestData data, CancellationToken cancellationToken) =>
        data.ReadAsync((scope, ct) => FindAsync(scope, id, ct), cancellationToken);

    public async Task<IReadOnlyList<object?>> NodesAsync(IReadOnlyList<object?> ids, RequestData data,
        CancellationToken cancellationToken)
    {
        if (ids.Count > MaxIds)
        {
            throw new GraphQLError($"`nodes` takes at most {MaxIds} ids; {ids.Count} were given.",
                extensions: new Dictionary<string, object?> { ["code"] = Paging.PageSizeErrorCode });
        }

        var nodes = new List<object?>(ids.Count);
        foreach (var id in ids)
        {
            nodes.Add(await data.ReadAsync((scope, ct) => FindAsync(scope, (string)id!, ct), cancellationToken));
        }

        return nodes;
    }

    private static async Task<object?> FindAsync(AccessScope scope, string globalId, CancellationToken cancellationToken) =>
        GlobalId.Decode(globalId) switch
        {
            ("Municipality", var key) => await scope.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Id == key, cancellationToken),
            ("Supplier", var key) => await scope.Suppliers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, cancellationToken),
            ("ItSystem", var key) => await scope.ItSystems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, cancellationToken),
            ("Supervision", var key) => await scope.Supervisions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, cancellationToken),
            ("Finding", var key) => await scope.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == key, cancellationToken),
            ("Agreement", var key) => await scope.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == key, cancellationToken),
            ("SubProcessor", var key) => await scope.SubProcessors.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, cancellationToken),
            ("SubProcessorEngagement", var key) => await scope.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == key, cancellationToken),
            ("ObjectionWindow", var key) => await scope.ObjectionWindows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == key, cancellationToken),
            ("Questionnaire", var key) => await scope.Questionnaires.AsNoTracking().SingleOrDefaultAsync(q => q.Id == key, cancellationToken),
            ("QuestionnaireTemplate", var key) => await scope.QuestionnaireTemplates.AsNoTracking()
                .Include(t => t.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options).AsSplitQuery()
                .SingleOrDefaultAsync(t => t.Id == key, cancellationToken),
            ("ReportAcknowledgement", var key) => await scope.Acknowledgements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == key, cancellationToken),
            _ => null,
        };
}
