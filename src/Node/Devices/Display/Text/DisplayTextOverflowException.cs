namespace CounterNode.Node.Devices.Display.Text;

/// <summary>
/// A value that must be shown in full (a ticket or counter number) does not fit the display.
/// Raised instead of cutting it: a wrong number on the display sends a citizen to the wrong place.
/// </summary>
public sealed class DisplayTextOverflowException : Exception
{
    public DisplayTextOverflowException()
    {
    }

    public DisplayTextOverflowException(string message)
        : base(message)
    {
    }

    public DisplayTextOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
