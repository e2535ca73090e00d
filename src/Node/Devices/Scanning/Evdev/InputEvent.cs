using System.Buffers.Binary;

namespace CounterNode.Node.Devices.Scanning.Evdev;

/// <summary>
/// One Linux <c>struct input_event</c> as read from <c>/dev/input/event*</c> on 64-bit Linux:
/// 24 bytes, little-endian: tv_sec (8), tv_usec (8), type u16 @16, code u16 @18, value s32 @20.
/// </summary>
/// <param name="Time">The kernel's timestamp of the event.</param>
/// <param name="Type">EV_SYN 0, EV_KEY 1, EV_MSC 4, ...</param>
/// <param name="Code">Key code for EV_KEY.</param>
/// <param name="Value">For EV_KEY: 1 press, 0 release, 2 auto-repeat.</param>
public readonly record struct InputEvent(TimeSpan Time, ushort Type, ushort Code, int Value)
{
    /// <summary>Bytes per record.</summary>
    public const int Size = 24;

    public const ushort EvSyn = 0;
    public const ushort EvKey = 1;
    public const ushort EvMsc = 4;

    /// <summary>Decodes one record from exactly <see cref="Size"/> bytes.</summary>
    public static InputEvent Read(ReadOnlySpan<byte> record)
    {
        if (record.Length != Size)
        {
            throw new ArgumentException($"An input_event record is {Size} bytes, not {record.Length}.", nameof(record));
        }

        var seconds = BinaryPrimitives.ReadInt64LittleEndian(record);
        var microseconds = BinaryPrimitives.ReadInt64LittleEndian(record[8..]);
        return new InputEvent(
            TimeSpan.FromSeconds(seconds) + TimeSpan.FromMicroseconds(microseconds),
            BinaryPrimitives.ReadUInt16LittleEndian(record[16..]),
            BinaryPrimitives.ReadUInt16LittleEndian(record[18..]),
            BinaryPrimitives.ReadInt32LittleEndian(record[20..]));
    }

    /// <summary>Encodes this record (for recordings and tests).</summary>
    public void Write(Span<byte> record)
    {
        if (record.Length < Size)
        {
            throw new ArgumentException($"An input_event record needs {Size} bytes.", nameof(record));
        }

        var totalMicroseconds = Time.Ticks / TimeSpan.TicksPerMicrosecond;
        BinaryPrimitives.WriteInt64LittleEndian(record, totalMicroseconds / 1_000_000);
        BinaryPrimitives.WriteInt64LittleEndian(record[8..], totalMicroseconds % 1_000_000);
        BinaryPrimitives.WriteUInt16LittleEndian(record[16..], Type);
        BinaryPrimitives.WriteUInt16LittleEndian(record[18..], Code);
        BinaryPrimitives.WriteInt32LittleEndian(record[20..], Value);
    }
}
