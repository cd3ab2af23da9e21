namespace Dbs.GraphQL.Language;

/// <summary>An <c>extend directive @name @dir</c> definition: graphql-js's experimental directives on directive definitions; parsed only when <see cref="ParserOptions.ExperimentalDirectivesOnDirectiveDefinitions"/> is set.</summary>
public sealed class DirectiveExtensionNode : TypeSystemExtensionNode
{
    public override Kind Kind => Kind.DirectiveExtension;

    public required NameNode Name { get; init; }
}
