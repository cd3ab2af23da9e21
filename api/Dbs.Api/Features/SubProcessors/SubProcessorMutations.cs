using Dbs.Api.Features.Errors;
using Dbs.Api.GraphQL;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Dbs.Domain.SubProcessors;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>The sub-processor register as mutations: thin calls of <see cref="SubProcessorService"/>, the portal's too.</summary>
public sealed class SubProcessorMutations
{
    /// <summary>
    /// Registers the new sub-processor (if one is given) and announces the engagement in one transaction, so a refused
    /// announcement leaves no sub-processor behind. An existing sub-processor must be one the caller can see.
    /// </summary>
    public async Task<Payload> AddSubProcessorAsync(AddSubProcessorInput input, RequestData data, SubProcessorService register,
        DbsDbContext db, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if ((input.SubProcessorId is null) == (input.SubProcessor is null))
        {
            return Payload.Failure(MutationErrors.From(
                new ValidationFailed("subProcessorId", "Give either subProcessorId or subProcessor, not both.")));
        }

        var systemIds = new List<int>();
        foreach (var id in input.ItSystemIds)
        {
            if (GlobalIdInput.KeyOf("ItSystem", id) is not { } systemId)
            {
                return Payload.Failure(MutationErrors.UnknownId("ItSystem", id));
            }

            systemIds.Add(systemId);
        }

        int? parentId = null;
        if (input.ParentEngagementId is not null
            && (parentId = GlobalIdInput.KeyOf("SubProcessorEngagement", input.ParentEngagementId)) is null)
        {
            return Payload.Failure(MutationErrors.UnknownId("SubProcessorEngagement", input.ParentEngagementId));
        }

        if (parentId is { } parent
            && !await data.ReadAsync((scope, ct) => scope.Engagements.AnyAsync(e => e.Id == parent, ct), cancellationToken))
        {
            return Payload.Failure(MutationErrors.UnknownId("SubProcessorEngagement", input.ParentEngagementId!));
        }

        if (input.SubProcessorId is not null)
        {
            var existing = GlobalIdInput.KeyOf("SubProcessor", input.SubProcessorId);
            if (existing is null || !await data.ReadAsync((scope, ct) => scope.SubProcessors.AnyAsync(s => s.Id == existing, ct),
                    cancellationToken))
            {
                return Payload.Failure(MutationErrors.UnknownId("SubProcessor", input.SubProcessorId));
            }
        }

        var result = await data.ChangeAsync(async (actor, ct) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var engaged = await Engage(actor, input, systemIds, parentId, register, ct);
            if (engaged.IsSuccess)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }

            return engaged;
        }, cancellationToken);
        return Payload.Of(result, field => field switch
        {
            "name" or "cvr" or "foreignRegistrationId" or "countryCode" or "serviceDescription" or "transferBasis" =>
                ["input", "subProcessor", field],
            "from" => ["input", "since"],
            "systems" => ["input", "itSystemIds"],
            "parent" => ["input", "parentEngagementId"],
            _ => MutationErrors.InputPath(field),
        });
    }

    public async Task<Payload> EndSubProcessorAsync(EndSubProcessorInput input, RequestData data, SubProcessorService register,
        CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("SubProcessorEngagement", input.EngagementId) is not { } id)
        {
            return Payload.Failure(MutationErrors.UnknownId("SubProcessorEngagement", input.EngagementId));
        }

        var result = await data.ChangeAsync((actor, ct) => register.EndAsync(actor, id, input.Until, input.ExpectedVersion, ct),
            cancellationToken);
        return Payload.Of(result, field => field == "to" ? ["input", "until"] : MutationErrors.InputPath(field));
    }

    public async Task<Payload> ObjectToSubProcessorAsync(ObjectToSubProcessorInput input, RequestData data,
        SubProcessorService register, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("ObjectionWindow", input.ObjectionWindowId) is not { } id)
        {
            return Payload.Failure(MutationErrors.UnknownId("ObjectionWindow", input.ObjectionWindowId));
        }

        return Payload.Of(await data.ChangeAsync((actor, ct) =>
            register.ObjectAsync(actor, id, input.Reason, input.ExpectedVersion, ct), cancellationToken));
    }

    private static async Task<Result<SubProcessorEngagement>> Engage(Actor actor, AddSubProcessorInput input, List<int> systemIds,
        int? parentId, SubProcessorService register, CancellationToken cancellationToken)
    {
        int subProcessorId;
        if (input.SubProcessor is { } created)
        {
            var registered = await register.RegisterAsync(actor, new SubProcessorInput(created.Name, created.Cvr,
                created.ForeignRegistrationId, created.CountryCode, created.ServiceDescription, created.TransferBasis), cancellationToken);
            if (registered.IsFailure)
            {
                return registered.Error;
            }

            subProcessorId = registered.Value.Id;
        }
        else
        {
            subProcessorId = GlobalIdInput.KeyOf("SubProcessor", input.SubProcessorId)!.Value;
        }

        // A supplier engages for itself; anyone else is refused by the service (organisation id 0 is nobody's).
        var supplierId = actor.OrganisationKind == OrganisationKind.Supplier ? actor.OrganisationId ?? 0 : 0;
        return await register.EngageAsync(actor, new EngageSubProcessorInput(supplierId, subProcessorId, systemIds, input.Since,
            input.NoticeGivenOn, parentId), cancellationToken);
    }
}
