namespace CounterNode.VirtualDisplay;

/// <summary>What the display does when text runs past column 20 (DM-D US 1 / US 2 / US 3).</summary>
public enum ScrollMode
{
    /// <summary>US 1: the cursor wraps to the start of the other line; nothing moves.</summary>
    Overwrite,

    /// <summary>US 2: past the end of the lower line, the lower line moves up and a blank line follows.</summary>
    Vertical,

    /// <summary>US 3: modelled like overwrite (a marquee is not simulated; the transcript records the mode).</summary>
    Horizontal,
}
