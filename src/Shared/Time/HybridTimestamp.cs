using System.Globalization;

namespace CounterNode.Shared.Time;

/// <summary>
/// A hybrid logical clock reading (Kulkarni et al. 2014) packed into 64 bits: the upper 48 bits
/// are Unix milliseconds of the physical component, the lower 16 bits the logical counter.
/// Packing keeps comparison a single integer compare and lets the value travel as one JSON
/// number; the sign bit stays clear, so 47 bits of milliseconds last until the year 6429.
/// </summary>
public readonly record struct HybridTimestamp : IComparable<HybridTimestamp>
{
    /// <summary>Wraps a packed value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative: not a reading any clock produces (corrupt input).</exception>
    public HybridTimestamp(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
    }

    /// <summary>The packed 64-bit value (non-negative).</summary>
    public long Value { get; }

    /// <summary>Bits reserved for the logical counter.</summary>
    public const int LogicalBits = 16;

    /// <summary>Largest logical counter value; the clock moves the physical part on overflow.</summary>
    public const int MaxLogical = (1 << LogicalBits) - 1;

    /// <summary>Largest physical component (Unix milliseconds) that fits.</summary>
    public const long MaxPhysicalMilliseconds = (1L << (63 - LogicalBits)) - 1;

    /// <summary>The zero reading, below every real one.</summary>
    public static readonly HybridTimestamp Zero = new(0);

    /// <summary>Physical component in Unix milliseconds.</summary>
    public long PhysicalMilliseconds => Value >>> LogicalBits;

    /// <summary>Logical counter that orders events within one physical millisecond.</summary>
    public int Logical => (int)(Value & MaxLogical);

    /// <summary>The physical component as an instant (UTC).</summary>
    public DateTimeOffset PhysicalTime => DateTimeOffset.FromUnixTimeMilliseconds(PhysicalMilliseconds);

    /// <summary>Packs a physical time and a logical counter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A component does not fit its bits.</exception>
    public static HybridTimestamp Create(long physicalMilliseconds, int logical)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(physicalMilliseconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(physicalMilliseconds, MaxPhysicalMilliseconds);
        ArgumentOutOfRangeException.ThrowIfNegative(logical);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(logical, MaxLogical);
        return new HybridTimestamp((physicalMilliseconds << LogicalBits) | (uint)logical);
    }

    /// <inheritdoc />
    public int CompareTo(HybridTimestamp other) => Value.CompareTo(other.Value);

    public static bool operator <(HybridTimestamp left, HybridTimestamp right) => left.Value < right.Value;

    public static bool operator >(HybridTimestamp left, HybridTimestamp right) => left.Value > right.Value;

    public static bool operator <=(HybridTimestamp left, HybridTimestamp right) => left.Value <= right.Value;

    public static bool operator >=(HybridTimestamp left, HybridTimestamp right) => left.Value >= right.Value;

    /// <summary>Readable form for logs: <c>2026-11-26T10:00:00.123Z#4</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PhysicalTime.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fff}Z#{Logical}");
}
