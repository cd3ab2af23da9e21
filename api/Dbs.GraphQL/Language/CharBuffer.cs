using System.Buffers;
using System.Text;

namespace Dbs.GraphQL.Language;

/// <summary>A growable character buffer on pooled arrays, for decoding string tokens.</summary>
internal ref struct CharBuffer
{
    private char[]? _rented;
    private Span<char> _chars;
    private int _length;

    public CharBuffer(Span<char> initial)
    {
        _chars = initial;
    }

    public readonly ReadOnlySpan<char> Written => _chars[.._length];

    public void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return;
        }

        // A UTF-8 sequence never decodes to more UTF-16 code units than it has bytes.
        Reserve(utf8.Length);
        _length += Encoding.UTF8.GetChars(utf8, _chars[_length..]);
    }

    public void Append(char c)
    {
        Reserve(1);
        _chars[_length++] = c;
    }

    public void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
            return;
        }

        Reserve(2);
        codePoint -= 0x10000;
        _chars[_length++] = (char)(0xD800 + (codePoint >> 10));
        _chars[_length++] = (char)(0xDC00 + (codePoint & 0x3FF));
    }

    public override readonly string ToString() => new(Written);

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Reserve(int count)
    {
        if (_length + count <= _chars.Length)
        {
            return;
        }

        var grown = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + count));
        _chars[.._length].CopyTo(grown);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = grown;
        _chars = grown;
    }
}
