using Dbs.GraphQL.Validation.Rules;

namespace Dbs.GraphQL.Validation;

/// <summary>The rules a document must pass before it is executed: graphql-js 16.15's <c>specifiedRules</c>, in its order.</summary>
public static class SpecifiedRules
{
    /// <summary>
    /// The 26 rules of the specification's Validation section, then graphql-js's recommended
    /// <see cref="MaxIntrospectionDepthRule"/>. The order decides the order of the errors.
    /// </summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        context => new ExecutableDefinitionsRule(context),
        context => new UniqueOperationNamesRule(context),
        context => new LoneAnonymousOperationRule(context),
        context => new SingleFieldSubscriptionsRule(context),
        context => new KnownTypeNamesRule(context),
        context => new FragmentsOnCompositeTypesRule(context),
        context => new VariablesAreInputTypesRule(context),
        context => new ScalarLeafsRule(context),
        context => new FieldsOnCorrectTypeRule(context),
        context => new UniqueFragmentNamesRule(context),
        context => new KnownFragmentNamesRule(context),
        context => new NoUnusedFragmentsRule(context),
        context => new PossibleFragmentSpreadsRule(context),
        context => new NoFragmentCyclesRule(context),
        context => new UniqueVariableNamesRule(context),
        context => new NoUndefinedVariablesRule(context),
        context => new NoUnusedVariablesRule(context),
        context => new KnownDirectivesRule(context),
        context => new UniqueDirectivesPerLocationRule(context),
        context => new KnownArgumentNamesRule(context),
        context => new UniqueArgumentNamesRule(context),
        context => new ValuesOfCorrectTypeRule(context),
        context => new ProvidedRequiredArgumentsRule(context),
        context => new VariablesInAllowedPositionRule(context),
        context => new OverlappingFieldsCanBeMergedRule(context),
        context => new UniqueInputFieldNamesRule(context),
        context => new MaxIntrospectionDepthRule(context),
    ];
}
