namespace CounterNode.ServiceDefaults;

/// <summary>
/// The raw <c>Host:ShutdownTimeout</c> value, validated when the host starts so a bad value stops
/// the process with exit code 2 and the setting's name (the host reads its own
/// <see cref="Microsoft.Extensions.Hosting.HostOptions"/> while it is being built, too early to
/// report anything, so those only ever see a valid value or the default).
/// </summary>
public sealed class HostShutdownSetting
{
    /// <summary>The configured text; null when not set.</summary>
    public string? Text { get; set; }

    /// <summary>Reads a shutdown bound; false when unreadable or outside (0, 5 min].</summary>
    public static bool TryRead(string? text, out TimeSpan value)
    {
        value = ServiceDefaultsExtensions.DefaultShutdownTimeout;
        if (text is null)
            return true;
        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out value)
            && value > TimeSpan.Zero && value <= TimeSpan.FromMinutes(5);
    }
}
