using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Writes a <see cref="ResultTree"/> as UTF-8 JSON straight into an <see cref="IBufferWriter{T}"/>: each response
/// key's <c>"name":</c> bytes are prepared once per field plan, ASCII strings are copied in one vectorized step, and
/// commas are the emitter's own business, so a value costs a few byte copies (<see cref="Utf8JsonWriter"/> costs
/// several checks per call). Iterative, and in portions: <see cref="Emit"/> returns after about
/// <c>portionBytes</c> so that the caller can send them on. Byte for byte the same as <see cref="ResultTreeWriter"/>.
/// </summary>
internal sealed class ResultJsonEmitter
{
    private const int ChunkBytes = 8192;

    private readonly ResultTree _tree;
    private readonly Stack<(int Node, int Next)> _stack = new();
    private Utf8JsonWriter? _valueWriter;

    public ResultJsonEmitter(ResultTree tree, int root)
    {
        _tree = tree;
        _stack.Push((root, -1));
    }

    /// <summary>Writes on; true when the whole tree is written.</summary>
    public bool Emit(IBufferWriter<byte> output, long portionBytes = long.MaxValue)
    {
        var cursor = new Cursor(output);
        var slots = _tree.Slots;
        var nodes = _tree.Nodes;
        while (_stack.Count > 0)
        {
            var (nodeIndex, next) = _stack.Pop();
            ref readonly var node = ref nodes[nodeIndex];
            var plan = node.Plan;
            if (next < 0)
            {
                cursor.Byte(plan is null ? (byte)'[' : (byte)'{');
                next = 0;
            }

            var descended = false;
            for (var i = next; i < node.Count; i++)
            {
                if (i > 0)
                {
                    cursor.Byte((byte)',');
                }

                if (plan is not null)
                {
                    cursor.Bytes(plan.Fields[i].KeyBytes);
                }

                ref readonly var slot = ref slots[node.First + i];
                switch (slot.Kind)
                {
                    case ResultKind.String:
                        WriteString(ref cursor, (string)slot.Reference!);
                        break;
                    case ResultKind.Int:
                        cursor.Ensure(11);
                        ((int)slot.Number).TryFormat(cursor.Free, out var digits, default, CultureInfo.InvariantCulture);
                        cursor.Position += digits;
                        break;
                    case ResultKind.Float:
                        WriteNumber(ref cursor, slot.Number);
                        break;
                    case ResultKind.True:
                        cursor.Bytes("true"u8);
                        break;
                    case ResultKind.False:
                        cursor.Bytes("false"u8);
                        break;
                    case ResultKind.Value:
                        cursor.Commit();
                        _valueWriter ??= new Utf8JsonWriter(output, ExecutionResult.JsonWriterOptions);
                        _valueWriter.Reset(output);
                        JsonLikeValue.Write(_valueWriter, slot.Reference);
                        _valueWriter.Flush();
                        break;
                    case ResultKind.Object or ResultKind.List:
                        _stack.Push((nodeIndex, i + 1));
                        _stack.Push((slot.Node, -1));
                        descended = true;
                        break;
                    default:
                        cursor.Bytes("null"u8);
                        break;
                }

                if (descended)
                {
                    break;
                }
            }

            if (descended)
            {
                continue;
            }

            cursor.Byte(plan is null ? (byte)']' : (byte)'}');
            if (cursor.Written > portionBytes && _stack.Count > 0)
            {
                cursor.Commit();
                return false;
            }
        }

        cursor.Commit();
        return true;
    }

    // JSON.stringify's escaping (see JsonStringWriter); strings without anything to escape are encoded directly.
    private static void WriteString(ref Cursor cursor, string value)
    {
        if (JsonStringWriter.NeedsEscaping(value))
        {
            value = Utilities.ValueInspector.EscapeJsonString(value);
        }

        cursor.Ensure(value.Length * 3 + 2);
        var free = cursor.Free;
        free[0] = (byte)'"';
        if (Ascii.FromUtf16(value, free[1..], out var length) != OperationStatus.Done)
        {
            length = Encoding.UTF8.GetBytes(value, free[1..]);
        }

        free[length + 1] = (byte)'"';
        cursor.Position += length + 2;
    }

    private static void WriteNumber(ref Cursor cursor, double value)
    {
        cursor.Ensure(32);
        var free = cursor.Free;
        int written;
        if (Math.Abs(value) <= JavaScriptNumberWriter.MaxSafeInteger && Math.Floor(value) == value)
        {
            ((long)value).TryFormat(free, out written, default, CultureInfo.InvariantCulture);
        }
        else if (!value.TryFormat(free, out written, "R", CultureInfo.InvariantCulture) || free[..written].IndexOf((byte)'E') >= 0)
        {
            written = Encoding.UTF8.GetBytes(JavaScriptNumber.Format(value), free);
        }

        cursor.Position += written;
    }

    /// <summary>The free space of the output being filled, committed (advanced) in chunks.</summary>
    private ref struct Cursor(IBufferWriter<byte> output)
    {
        private readonly IBufferWriter<byte> _output = output;
        private Span<byte> _span;

        public int Position;

        public long Written { get; private set; }

        public readonly Span<byte> Free => _span[Position..];

        public void Ensure(int bytes)
        {
            if (_span.Length - Position < bytes)
            {
                Commit();
                _span = _output.GetSpan(Math.Max(bytes, ChunkBytes));
            }
        }

        public void Byte(byte value)
        {
            Ensure(1);
            _span[Position++] = value;
        }

        public void Bytes(ReadOnlySpan<byte> value)
        {
            Ensure(value.Length);
            value.CopyTo(_span[Position..]);
            Position += value.Length;
        }

        public void Commit()
        {
            if (Position > 0)
            {
                _output.Advance(Position);
                Written += Position;
            }

            Position = 0;
            _span = default;
        }
    }
}
