namespace CounterNode.Node.Devices.Printing.Rendering;

/// <summary>The printer profile has no number for the code page configuration asks for.</summary>
public sealed class UnsupportedCodePageException : Exception
{
    public UnsupportedCodePageException(string profile, VietnameseCodePage codePage)
        : base($"Printer profile '{profile}' has no {codePage} code page; use raster mode or another code page.")
    {
    }

    public UnsupportedCodePageException()
    {
    }

    public UnsupportedCodePageException(string message)
        : base(message)
    {
    }

    public UnsupportedCodePageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
