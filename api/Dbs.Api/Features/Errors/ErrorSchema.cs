using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Errors;

/// <summary>The <c>Mutation</c> root, the <c>Error</c> interface and its types, and how payload types are bound.</summary>
internal static class ErrorSchema
{
    public static SchemaBuilder AddMutationErrors(this SchemaBuilder builder) =>
        builder
            .BindRuntimeType<NotFoundError>("NotFoundError")
            .BindRuntimeType<NotAuthorizedError>("NotAuthorizedError")
            .BindRuntimeType<InvalidTransitionError>("InvalidTransitionError")
            .BindRuntimeType<ConcurrencyConflictError>("ConcurrencyConflictError")
            .BindRuntimeType<ValidationError>("ValidationError")
            .BindRuntimeType<FieldError>("FieldError")
            .BindRuntimeType<AlreadyExistsError>("AlreadyExistsError")
            .BindRuntimeType<DeadlineExceededError>("DeadlineExceededError");

    /// <summary>Binds a <c>…Payload</c> type: <paramref name="valueField"/> to the changed object, <c>errors</c> to the errors.</summary>
    public static SchemaBuilder AddPayload(this SchemaBuilder builder, string payloadType, string valueField) =>
        builder
            .BindRuntimeType<Payload>(payloadType)
            .AddResolver(payloadType, valueField, context => context.ParentAs<Payload>().Value);
}
