using System.Text.Encodings.Web;
using System.Text.Json;
using Dbs.GraphQL.Errors;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// The response to a request (spec §7.1): <c>errors</c>, <c>data</c> and <c>extensions</c>, written as JSON in
/// graphql-js's order with the keys of <c>data</c> in selection order. <see cref="WriteToAsync"/> streams the data
/// straight from the compact result tree to the output, flushing as it goes, without building the JSON text first.
/// Dispose it once written: its tree is then reused by the next request.
/// </summary>
public sealed class ExecutionResult : IDisposable
{
    private const int FlushThreshold = 16 * 1024;

    private readonly ResultTreePool? _pool;
    private readonly bool _hasData;
    private ResultTree? _tree;
    private IReadOnlyDictionary<string, object?>? _data;
    private Dictionary<string, object?>? _extensions;
    private bool _disposed;

    internal ExecutionResult(IReadOnlyList<GraphQLError> errors, bool hasData = false)
    {
        Errors = errors;
        _hasData = hasData;
    }

    internal ExecutionResult(ResultTree tree, IReadOnlyList<GraphQLError> errors, ResultTreePool? pool)
    {
        Errors = errors;
        _hasData = true;
        _tree = tree;
        _pool = pool;
    }

    /// <summary>
    /// Options for writers of results: no validation, and the relaxed encoder for the few strings (keys of custom
    /// scalar objects) not written the way <c>JSON.stringify</c> writes them.
    /// </summary>
    public static JsonWriterOptions JsonWriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Whether the response has a <c>data</c> entry (absent when the request failed before execution).</summary>
    public bool HasData => _hasData;

    /// <summary>Null when there is no data or when a non-null root field failed.</summary>
    public bool IsDataNull => !_hasData || _tree is null && _data is null || _tree is { } tree && tree.Nodes[0].IsNull;

    /// <summary>The data as ordered dictionaries and lists (built on first use); null when absent or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_data is null && !IsDataNull && _tree is { } tree)
            {
                _data = ResultMaterializer.Materialize(tree, 0);
            }

            return IsDataNull ? null : _data;
        }
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions => _extensions;

    /// <summary>Adds an entry to the response's <c>extensions</c> (e.g. the cost of the operation).</summary>
    public void SetExtension(string key, object? value) => (_extensions ??= new(StringComparer.Ordinal))[key] = value;

    /// <summary>Writes the whole response to <paramref name="writer"/> (not flushed).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteStart(writer);
        if (_hasData)
        {
            writer.WritePropertyName("data");
            if (IsDataNull)
            {
                writer.WriteNullValue();
            }
            else
            {
                new ResultTreeWriter(_tree!, 0).Write(writer);
            }
        }

        WriteEnd(writer);
    }

    /// <summary>Streams the response to <paramref name="stream"/> as UTF-8 JSON, flushing every few kilobytes.</summary>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await using var writer = new Utf8JsonWriter(stream, JsonWriterOptions);
        WriteStart(writer);
        if (_hasData)
        {
            writer.WritePropertyName("data");
            if (IsDataNull)
            {
                writer.WriteNullValue();
            }
            else
            {
                var data = new ResultTreeWriter(_tree!, 0);
                while (!data.Write(writer, FlushThreshold))
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        WriteEnd(writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The response as compact JSON text.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonWriterOptions))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_tree is { } tree && _pool is not null)
        {
            _tree = null;
            _pool.Return(tree);
        }
    }

    private void WriteStart(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }
    }

    private void WriteEnd(Utf8JsonWriter writer)
    {
        if (_extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            JsonLikeValue.Write(writer, _extensions);
        }

        writer.WriteEndObject();
    }

    // graphql-js's GraphQLError.toJSON: message, locations, path, extensions.
    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("message");
        JsonStringWriter.Write(writer, error.Message);
        if (error.Locations is { } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    JsonStringWriter.Write(writer, segment.ToString() ?? string.Empty);
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonLikeValue.Write(writer, extensions);
        }

        writer.WriteEndObject();
    }
}
