namespace Dbs.GraphQL.Validation;

/// <summary>
/// A validation rule: makes the visitor that checks one document (graphql-js's <c>ValidationRule</c>, a function
/// from the context to a visitor). The visitor holds the rule's state for that document only.
/// </summary>
public delegate ValidationVisitor ValidationRule(ValidationContext context);
