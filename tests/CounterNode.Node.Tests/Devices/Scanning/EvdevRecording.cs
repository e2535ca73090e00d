using CounterNode.Node.Devices.Scanning.Evdev;

namespace CounterNode.Node.Tests.Devices.Scanning;

/// <summary>Builds input_event records the way a keyboard-wedge scanner produces them (press, release, SYN).</summary>
internal sealed class EvdevRecording
{
    private readonly List<InputEvent> _events = [];
    private TimeSpan _time = TimeSpan.FromSeconds(1_764_000_000);

    public IReadOnlyList<InputEvent> Events => _events;

    /// <summary>Types ASCII text on a US layout with shift where needed, 2 ms per key.</summary>
    public EvdevRecording Type(string text)
    {
        foreach (var c in text)
        {
            var (code, shift) = KeyFor(c);
            if (shift)
            {
                Key(EvdevKeyMap.KeyLeftShift, 1);
            }

            Tap(code);
            if (shift)
            {
                Key(EvdevKeyMap.KeyLeftShift, 0);
            }
        }

        return this;
    }

    public EvdevRecording Enter(ushort code = EvdevKeyMap.KeyEnter) => Tap(code);

    public EvdevRecording Tap(ushort code)
    {
        // Scanners also send EV_MSC scan codes; the decoder must ignore them.
        _events.Add(new InputEvent(_time, InputEvent.EvMsc, 4, 0x70000 + code));
        Key(code, 1);
        Key(code, 0);
        return this;
    }

    public EvdevRecording Key(ushort code, int value)
    {
        _events.Add(new InputEvent(_time, InputEvent.EvKey, code, value));
        _events.Add(new InputEvent(_time, InputEvent.EvSyn, 0, 0));
        _time += TimeSpan.FromMilliseconds(1);
        return this;
    }

    public EvdevRecording Pause(TimeSpan pause)
    {
        _time += pause;
        return this;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[_events.Count * InputEvent.Size];
        for (var i = 0; i < _events.Count; i++)
        {
            _events[i].Write(bytes.AsSpan(i * InputEvent.Size, InputEvent.Size));
        }

        return bytes;
    }

    /// <summary>Key codes from the hardware notes, written out independently of the production key map.</summary>
    private static (ushort Code, bool Shift) KeyFor(char c)
    {
        const string top = "qwertyuiop";
        const string middle = "asdfghjkl";
        const string bottom = "zxcvbnm";
        var lower = char.ToLowerInvariant(c);
        var shift = char.IsAsciiLetterUpper(c);
        return c switch
        {
            >= '1' and <= '9' => ((ushort)(2 + c - '1'), false),
            '0' => (11, false),
            '-' => (12, false),
            '_' => (12, true),
            '=' => (13, false),
            '+' => (13, true),
            ',' => (51, false),
            '.' => (52, false),
            '/' => (53, false),
            '?' => (53, true),
            ' ' => (57, false),
            _ when top.Contains(lower, StringComparison.Ordinal) => ((ushort)(16 + top.IndexOf(lower, StringComparison.Ordinal)), shift),
            _ when middle.Contains(lower, StringComparison.Ordinal) => ((ushort)(30 + middle.IndexOf(lower, StringComparison.Ordinal)), shift),
            _ when bottom.Contains(lower, StringComparison.Ordinal) => ((ushort)(44 + bottom.IndexOf(lower, StringComparison.Ordinal)), shift),
            _ => throw new ArgumentException($"No key for '{c}' in the test recorder.", nameof(c)),
        };
    }
}
