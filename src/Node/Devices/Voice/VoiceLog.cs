namespace CounterNode.Node.Devices.Voice;

/// <summary>Source-generated log messages of the voice announcer (ticket numbers are public).</summary>
internal static partial class VoiceLog
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Announced ticket {TicketNumber} for counter {Counter} (#{Sequence}, {WavPath})")]
    public static partial void Announced(this ILogger logger, string ticketNumber, int counter, long sequence, string wavPath);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Error, Message = "Could not announce ticket {TicketNumber} for counter {Counter}")]
    public static partial void AnnounceFailed(this ILogger logger, Exception exception, string ticketNumber, int counter);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Voice queue full: dropped the call of ticket {TicketNumber} for counter {Counter}")]
    public static partial void Dropped(this ILogger logger, string ticketNumber, int counter);
}
