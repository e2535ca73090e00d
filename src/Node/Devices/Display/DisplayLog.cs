namespace CounterNode.Node.Devices.Display;

/// <summary>Source-generated log messages of the display drivers (ticket numbers are public; no personal data here).</summary>
internal static partial class DisplayLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Display {Display} on {Device} shows ticket {TicketNumber} for counter {Counter}")]
    public static partial void ShowedCall(this ILogger logger, string display, string device, string ticketNumber, int counter);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Display {Display} on {Device} shows the idle screen of counter {Counter}")]
    public static partial void ShowedIdle(this ILogger logger, string display, string device, int counter);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Display {Display} on {Device} cleared")]
    public static partial void Cleared(this ILogger logger, string display, string device);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Display {Display} on {Device}: blinking failed")]
    public static partial void BlinkFailed(this ILogger logger, Exception exception, string display, string device);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Counter display: {Display} on {Device}")]
    public static partial void Configured(this ILogger logger, string display, string device);
}
