namespace CounterNode.VirtualDisplay;

/// <summary>Everything the parser changes: the screen and the display's registers. Not thread-safe.</summary>
public sealed class DisplayDevice
{
    public DisplayScreen Screen { get; } = new();

    /// <summary>US E n: 0 steady, 1-254 blink interval in 50 ms units, 255 off.</summary>
    public int BlinkUnits { get; set; }

    /// <summary>US X n / ESC * n: 1-4.</summary>
    public int Brightness { get; set; } = 4;

    /// <summary>ESC t n.</summary>
    public int CodePage { get; set; }

    /// <summary>ESC = n: false while the printer behind the display is addressed (bytes are for it).</summary>
    public bool Selected { get; set; } = true;

    /// <summary>LED board numbers from STX address number ETX frames.</summary>
    public Dictionary<string, string> Boards { get; } = new(StringComparer.Ordinal);

    public int UnknownCommands { get; set; }

    /// <summary>ESC @: screen cleared, cursor home, overwrite mode, steady, full brightness.</summary>
    public void Initialise()
    {
        Screen.Clear();
        Screen.Mode = ScrollMode.Overwrite;
        BlinkUnits = 0;
        Brightness = 4;
        CodePage = 0;
    }
}
