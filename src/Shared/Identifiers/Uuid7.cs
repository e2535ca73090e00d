using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CounterNode.Shared.Identifiers;

/// <summary>
/// Generates UUIDv7 identifiers (RFC 9562 §5.7): 48 bits of Unix milliseconds, then a 12-bit
/// counter in <c>rand_a</c> (method 1 of §6.2) so ids from one generator are strictly
/// increasing even within a millisecond, then 62 random bits. Time-ordered ids keep B-tree
/// inserts at the end of the index on every database we support. Thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Guid.CreateVersion7()"/> is time-ordered only to the millisecond; mutations
/// created in one burst must sort in creation order, hence this generator.
/// </remarks>
public sealed class Uuid7
{
    private const int CounterMax = 0xFFF;

    private readonly TimeProvider _time;
    private readonly Func<int, byte[]> _random;
    private readonly Lock _gate = new();
    private long _lastMilliseconds = -1;
    private int _counter;

    /// <param name="time">Clock for the timestamp part.</param>
    /// <param name="random">Source of random bytes (seeded in simulations); cryptographic by default.</param>
    public Uuid7(TimeProvider time, Func<int, byte[]>? random = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _random = random ?? RandomNumberGenerator.GetBytes;
    }

    /// <summary>A generator on the system clock.</summary>
    public static Uuid7 System { get; } = new(TimeProvider.System);

    /// <summary>A new identifier, greater than every earlier one from this generator.</summary>
    public Guid NewId()
    {
        long milliseconds;
        int counter;
        var random = _random(10);
        lock (_gate)
        {
            milliseconds = Math.Max(0, _time.GetUtcNow().ToUnixTimeMilliseconds());
            if (milliseconds > _lastMilliseconds)
            {
                // Start the counter in the lower half so a burst has room to grow.
                _counter = ((random[8] << 8) | random[9]) & 0x7FF;
                _lastMilliseconds = milliseconds;
            }
            else if (_counter < CounterMax)
            {
                // Same millisecond or the clock went back: stay on the last time, count up.
                _counter++;
                milliseconds = _lastMilliseconds;
            }
            else
            {
                // Counter exhausted: borrow the next millisecond (stays monotonic).
                _lastMilliseconds++;
                _counter = 0;
                milliseconds = _lastMilliseconds;
            }

            counter = _counter;
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, milliseconds << 16);
        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        random.AsSpan(0, 8).CopyTo(bytes[8..]);
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The Unix-millisecond timestamp inside a UUIDv7.</summary>
    /// <exception cref="ArgumentException">The id is not a version 7 UUID.</exception>
    public static DateTimeOffset GetTimestamp(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        if (bytes[6] >> 4 != 7)
            throw new ArgumentException($"{id} is not a version 7 UUID.", nameof(id));
        var milliseconds = BinaryPrimitives.ReadInt64BigEndian(bytes) >>> 16;
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
