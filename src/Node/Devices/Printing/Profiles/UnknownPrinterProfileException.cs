namespace CounterNode.Node.Devices.Printing.Profiles;

/// <summary>Configuration names a printer profile that does not exist.</summary>
public sealed class UnknownPrinterProfileException : Exception
{
    public UnknownPrinterProfileException(string name, IEnumerable<string> known)
        : base($"Unknown printer profile '{name}'. Known profiles: {string.Join(", ", known)}.")
    {
        ProfileName = name;
    }

    public UnknownPrinterProfileException()
    {
        ProfileName = string.Empty;
    }

    public UnknownPrinterProfileException(string message)
        : base(message)
    {
        ProfileName = string.Empty;
    }

    public UnknownPrinterProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
        ProfileName = string.Empty;
    }

    public string ProfileName { get; }
}
