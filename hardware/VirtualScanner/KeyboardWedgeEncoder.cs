using System.Buffers.Binary;

namespace CounterNode.VirtualScanner;

/// <summary>
/// Encodes text as the evdev events a US-layout keyboard-wedge scanner produces: for each
/// character (left shift down if needed) EV_MSC scan code, EV_KEY press, EV_SYN, EV_KEY release,
/// EV_SYN (shift up), then Enter. Records are <c>struct input_event</c> on 64-bit Linux
/// (hardware notes): tv_sec 8, tv_usec 8, type u16, code u16, value s32, little-endian.
/// </summary>
public sealed class KeyboardWedgeEncoder
{
    public const int RecordSize = 24;

    private const ushort EvSyn = 0;
    private const ushort EvKey = 1;
    private const ushort EvMsc = 4;
    private const ushort KeyLeftShift = 42;
    private const ushort KeyEnter = 28;

    private readonly TimeSpan _keyInterval;
    private TimeSpan _time;

    /// <param name="start">Timestamp of the first event.</param>
    /// <param name="keyInterval">Time between keys (real scanners: 1-5 ms).</param>
    public KeyboardWedgeEncoder(TimeSpan start, TimeSpan keyInterval)
    {
        _time = start;
        _keyInterval = keyInterval;
    }

    /// <summary>The records for <paramref name="text"/> followed by Enter.</summary>
    /// <exception cref="ArgumentException">A character that has no key on a US keyboard.</exception>
    public byte[] Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<byte>();
        foreach (var c in text)
        {
            var (code, shift) = Key(c);
            if (shift)
            {
                Add(records, EvKey, KeyLeftShift, 1);
            }

            Tap(records, code);
            if (shift)
            {
                Add(records, EvKey, KeyLeftShift, 0);
            }
        }

        Tap(records, KeyEnter);
        return [.. records];
    }

    /// <summary>Moves the clock on (a pause between scans, or inside one to simulate a cut scan).</summary>
    public void Pause(TimeSpan pause) => _time += pause;

    private static (ushort Code, bool Shift) Key(char c)
    {
        const string digits = "1234567890";
        const string shiftedDigits = "!@#$%^&*()";
        const string top = "qwertyuiop";
        const string middle = "asdfghjkl";
        const string bottom = "zxcvbnm";
        var lower = char.ToLowerInvariant(c);
        var upper = char.IsAsciiLetterUpper(c);
        if (digits.Contains(c, StringComparison.Ordinal))
        {
            return ((ushort)(2 + digits.IndexOf(c, StringComparison.Ordinal)), false);
        }

        if (shiftedDigits.Contains(c, StringComparison.Ordinal))
        {
            return ((ushort)(2 + shiftedDigits.IndexOf(c, StringComparison.Ordinal)), true);
        }

        if (top.Contains(lower, StringComparison.Ordinal))
        {
            return ((ushort)(16 + top.IndexOf(lower, StringComparison.Ordinal)), upper);
        }

        if (middle.Contains(lower, StringComparison.Ordinal))
        {
            return ((ushort)(30 + middle.IndexOf(lower, StringComparison.Ordinal)), upper);
        }

        if (bottom.Contains(lower, StringComparison.Ordinal))
        {
            return ((ushort)(44 + bottom.IndexOf(lower, StringComparison.Ordinal)), upper);
        }

        return c switch
        {
            '-' => (12, false),
            '_' => (12, true),
            '=' => (13, false),
            '+' => (13, true),
            ';' => (39, false),
            ':' => (39, true),
            ',' => (51, false),
            '.' => (52, false),
            '/' => (53, false),
            '?' => (53, true),
            '|' => (43, true),
            ' ' => (57, false),
            _ => throw new ArgumentException($"'{c}' has no key on a US keyboard; a keyboard-wedge scanner cannot type it.", nameof(c)),
        };
    }

    private void Tap(List<byte> records, ushort code)
    {
        Add(records, EvMsc, 4, 0x70000 + code);
        Add(records, EvKey, code, 1);
        Add(records, EvKey, code, 0);
    }

    private void Add(List<byte> records, ushort type, ushort code, int value)
    {
        Span<byte> record = stackalloc byte[RecordSize];
        var micros = _time.Ticks / TimeSpan.TicksPerMicrosecond;
        BinaryPrimitives.WriteInt64LittleEndian(record, micros / 1_000_000);
        BinaryPrimitives.WriteInt64LittleEndian(record[8..], micros % 1_000_000);
        BinaryPrimitives.WriteUInt16LittleEndian(record[16..], type);
        BinaryPrimitives.WriteUInt16LittleEndian(record[18..], code);
        BinaryPrimitives.WriteInt32LittleEndian(record[20..], value);
        records.AddRange(record);
        if (type != EvMsc)
        {
            record.Clear();
            BinaryPrimitives.WriteInt64LittleEndian(record, micros / 1_000_000);
            BinaryPrimitives.WriteInt64LittleEndian(record[8..], micros % 1_000_000);
            records.AddRange(record); // EV_SYN SYN_REPORT after each key event
            _time += _keyInterval;
        }
    }
}
