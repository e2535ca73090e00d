namespace CounterNode.Node.Devices.Display.RawLine;

/// <summary>A raw-line template (<c>Display:Template</c>) has a syntax error: unknown field, bad escape, unclosed brace.</summary>
public sealed class InvalidRawLineTemplateException : Exception
{
    public InvalidRawLineTemplateException()
    {
    }

    public InvalidRawLineTemplateException(string message)
        : base(message)
    {
    }

    public InvalidRawLineTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
