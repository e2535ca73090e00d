namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>
/// A 1-bit image in the layout GS v 0 wants: rows of <see cref="BytesPerRow"/> bytes, the most
/// significant bit is the leftmost pixel, 1 = black (burnt).
/// </summary>
public sealed class MonochromeBitmap
{
    private readonly byte[] _bits;

    public MonochromeBitmap(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        Width = width;
        Height = height;
        BytesPerRow = (width + 7) / 8;
        _bits = new byte[BytesPerRow * height];
    }

    public int Width { get; }

    public int Height { get; }

    public int BytesPerRow { get; }

    /// <summary>The packed rows (row-major, <see cref="BytesPerRow"/> × <see cref="Height"/> bytes).</summary>
    public ReadOnlySpan<byte> Bits => _bits;

    public bool this[int x, int y]
    {
        get => (_bits[(y * BytesPerRow) + (x >> 3)] & (0x80 >> (x & 7))) != 0;
        set
        {
            var index = (y * BytesPerRow) + (x >> 3);
            var mask = (byte)(0x80 >> (x & 7));
            _bits[index] = value ? (byte)(_bits[index] | mask) : (byte)(_bits[index] & ~mask);
        }
    }

    /// <summary>Bytes of the rows <paramref name="firstRow"/> .. <paramref name="firstRow"/>+<paramref name="rows"/>-1.</summary>
    public ReadOnlySpan<byte> Rows(int firstRow, int rows) => _bits.AsSpan(firstRow * BytesPerRow, rows * BytesPerRow);

    /// <summary>Number of black pixels (handy to tell an empty image from a drawn one).</summary>
    public int CountBlack()
    {
        var count = 0;
        foreach (var b in _bits)
        {
            count += System.Numerics.BitOperations.PopCount(b);
        }

        return count;
    }
}
