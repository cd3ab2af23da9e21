using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dbs.GraphQL.Errors;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// The response to a request (spec §7.1): <c>errors</c>, <c>data</c> and <c>extensions</c>, written as JSON in
/// graphql-js's order with the keys of <c>data</c> in selection order. <see cref="WriteToAsync"/> streams the data
/// straight from the compact result tree to the output in portions, without building the JSON text first.
/// Dispose it once written: its tree is then reused by the next request.
/// </summary>
public sealed class ExecutionResult : IDisposable
{
    private const int PortionBytes = 16 * 1024;

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

    /// <summary>Writes the whole response as UTF-8 JSON to <paramref name="output"/> (e.g. a pipe).</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteHead(output);
        if (!IsDataNull)
        {
            new ResultJsonEmitter(_tree!, 0).Emit(output);
        }

        WriteTail(output);
    }

    /// <summary>
    /// Streams the response to <paramref name="stream"/> as UTF-8 JSON, sending it on in portions of a few
    /// kilobytes as it is written, so the whole text never exists at once.
    /// </summary>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var buffer = new ArrayBufferWriter<byte>(PortionBytes + 8192);
        WriteHead(buffer);
        if (!IsDataNull)
        {
            var data = new ResultJsonEmitter(_tree!, 0);
            while (!data.Emit(buffer, PortionBytes))
            {
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        WriteTail(buffer);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The response as compact JSON text.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
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

    private void WriteHead(IBufferWriter<byte> output)
    {
        output.Write("{"u8);
        if (Errors.Count > 0)
        {
            output.Write("\"errors\":"u8);
            using (var writer = new Utf8JsonWriter(output, JsonWriterOptions))
            {
                WriteErrors(writer);
            }

            if (_hasData)
            {
                output.Write(","u8);
            }
        }

        if (_hasData)
        {
            output.Write(IsDataNull ? "\"data\":null"u8 : "\"data\":"u8);
        }
    }

    private void WriteTail(IBufferWriter<byte> output)
    {
        if (_extensions is { Count: > 0 })
        {
            output.Write(Errors.Count > 0 || _hasData ? ",\"extensions\":"u8 : "\"extensions\":"u8);
            using var writer = new Utf8JsonWriter(output, JsonWriterOptions);
            JsonLikeValue.Write(writer, _extensions);
        }

        output.Write("}"u8);
    }

    private void WriteErrors(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var error in Errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    private void WriteStart(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer);
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
