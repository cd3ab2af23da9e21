using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Errors;

/// <summary>
/// An error as the GraphQL specification describes it (spec §7.1.2 Errors): a message, the locations in the document
/// it blames, the response path and extensions. Locations are computed from <see cref="Nodes"/> or from
/// <see cref="Source"/> and <see cref="Positions"/> exactly as graphql-js's <c>GraphQLError</c> constructor does.
/// It is an exception so that the parser can abort with it; later stages collect instances as values. Not sealed:
/// stages may add their own error types.
/// </summary>
public class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IReadOnlyList<Node>? nodes = null,
        Source? source = null,
        IReadOnlyList<int>? positions = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        Path = path;
        Extensions = extensions is { Count: > 0 } ? extensions : (originalError as GraphQLError)?.Extensions;

        List<Location>? nodeLocations = null;
        if (Nodes is not null)
        {
            foreach (var node in Nodes)
            {
                if (node.Location is { } location)
                {
                    (nodeLocations ??= []).Add(location);
                }
            }
        }

        Source = source ?? nodeLocations?[0].Source;
        if (positions is not null)
        {
            Positions = positions;
        }
        else if (nodeLocations is not null)
        {
            var starts = new int[nodeLocations.Count];
            for (var i = 0; i < starts.Length; i++)
            {
                starts[i] = nodeLocations[i].Start;
            }

            Positions = starts;
        }

        if (positions is not null && source is not null)
        {
            var locations = new SourceLocation[positions.Count];
            for (var i = 0; i < locations.Length; i++)
            {
                locations[i] = source.GetLocation(positions[i]);
            }

            Locations = locations;
        }
        else if (nodeLocations is not null)
        {
            var locations = new SourceLocation[nodeLocations.Count];
            for (var i = 0; i < locations.Length; i++)
            {
                locations[i] = nodeLocations[i].Source.GetLocation(nodeLocations[i].Start);
            }

            Locations = locations;
        }
    }

    /// <summary>A syntax error at one position of a source: <c>Syntax Error: {description}</c>.</summary>
    public static GraphQLError Syntax(Source source, int position, string description) =>
        new($"Syntax Error: {description}", source: source, positions: [position]);

    /// <summary>The blamed AST nodes; null when none.</summary>
    public IReadOnlyList<Node>? Nodes { get; }

    /// <summary>
    /// The source of the first located node, or the source given. Hides <see cref="Exception.Source"/> (the name of
    /// the throwing assembly), which means nothing to a GraphQL client.
    /// </summary>
    public new Source? Source { get; }

    /// <summary>Offsets into <see cref="Source"/> (UTF-16 code units); null when none.</summary>
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>Line and column of each position; null when none.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path: field names (string) and list indices (int); null when none.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra entries for the response's <c>extensions</c>; null when none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception that caused this error, e.g. one thrown by a resolver.</summary>
    public Exception? OriginalError => InnerException;

    /// <summary>
    /// The error as a response entry, in graphql-js's <c>toJSON()</c> order: message, locations (each a dictionary
    /// with line and column), path, extensions; absent members are left out.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var result = new OrderedDictionary<string, object?> { ["message"] = Message };
        if (Locations is not null)
        {
            var locations = new IReadOnlyDictionary<string, object?>[Locations.Count];
            for (var i = 0; i < locations.Length; i++)
            {
                locations[i] = new OrderedDictionary<string, object?>
                {
                    ["line"] = Locations[i].Line,
                    ["column"] = Locations[i].Column,
                };
            }

            result["locations"] = locations;
        }

        if (Path is not null)
        {
            result["path"] = Path;
        }

        if (Extensions is not null)
        {
            result["extensions"] = Extensions;
        }

        return result;
    }

    /// <summary>The message followed by an excerpt of the source at each location, like graphql-js's <c>toString()</c>.</summary>
    public override string ToString() => ErrorPrinter.Print(this);
}
