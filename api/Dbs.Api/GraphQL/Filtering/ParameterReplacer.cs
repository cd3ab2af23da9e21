using System.Linq.Expressions;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>Inlines a lambda's body with its parameter replaced, to compose a descriptor's selectors into one query.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
