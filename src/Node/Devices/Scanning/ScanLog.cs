namespace CounterNode.Node.Devices.Scanning;

/// <summary>Source-generated log messages of the scanners. Scanned text is only ever logged masked.</summary>
internal static partial class ScanLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Scanner {Scanner}: scan accepted, {Length} characters ({Masked})")]
    public static partial void Accepted(this ILogger logger, string scanner, int length, string masked);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Scanner {Scanner}: scan rejected ({Reason})")]
    public static partial void Rejected(this ILogger logger, string scanner, ScanRejectReason reason);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Scanner {Scanner}: exclusive grab failed with errno {Errno}; scans may also reach the console")]
    public static partial void GrabFailed(this ILogger logger, string scanner, int errno);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Scanner {Scanner}: device grabbed exclusively")]
    public static partial void Grabbed(this ILogger logger, string scanner);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "Scanner {Scanner}: input ended")]
    public static partial void InputEnded(this ILogger logger, string scanner);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Error, Message = "Scanner {Scanner}: reading failed")]
    public static partial void ReadFailed(this ILogger logger, Exception exception, string scanner);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Warning, Message = "Scanner {Scanner}: incomplete input_event record of {Bytes} bytes at end of input dropped")]
    public static partial void TruncatedRecord(this ILogger logger, string scanner, int bytes);
}
