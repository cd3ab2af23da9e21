namespace Dbs.GraphQL.Execution.CostAnalysis;

/// <summary>
/// The definitions of <c>@cost</c> and <c>@listSize</c> as the IBM GraphQL cost specification gives them, with
/// descriptions, for a schema to add to its SDL (the analysis reads the directives applied in SDL).
/// </summary>
public static class CostDirectives
{
    public const string Cost = "cost";
    public const string ListSize = "listSize";

    public const string Sdl = """
        "The estimated cost of a field, argument, input field or type, for static cost analysis (IBM GraphQL cost specification)."
        directive @cost(
          "The weight: a number written as a string (e.g. \"10\" or \"2.5\")."
          weight: String!
        ) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        "How large a list field's result can be, for static cost analysis (IBM GraphQL cost specification)."
        directive @listSize(
          "The size assumed when no slicing argument is given."
          assumedSize: Int

          "The arguments that bound the size of the list (e.g. first, last)."
          slicingArguments: [String!]

          "The fields of the result the size applies to (e.g. a connection's edges and nodes)."
          sizedFields: [String!]

          "Whether exactly one slicing argument must be given."
          requireOneSlicingArgument: Boolean = true
        ) on FIELD_DEFINITION
        """;
}
