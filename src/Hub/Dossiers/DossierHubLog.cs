namespace CounterNode.Hub.Dossiers;

/// <summary>Source-generated log messages of the Hub's dossier side (event ids 4300–4349). Codes and counts only: never names.</summary>
internal static partial class DossierHubLog
{
    [LoggerMessage(4300, LogLevel.Information, "Paper transfer batch {BatchId} formed for {Department} at {Slot}: {Count} dossiers")]
    public static partial void BatchFormed(ILogger logger, string batchId, string department, string slot, int count);

    [LoggerMessage(4301, LogLevel.Information, "Electronic dossier {Code} transferred to {Department} on receipt")]
    public static partial void ElectronicTransferred(ILogger logger, string code, string department);

    [LoggerMessage(4302, LogLevel.Warning, "Transfer of dossier {Code} refused ({ReasonCode}); it stays where it is")]
    public static partial void TransferRefused(ILogger logger, string code, string reasonCode);

    [LoggerMessage(4303, LogLevel.Warning, "Dossier transfer run failed; retrying at the next wake-up")]
    public static partial void TransferRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(4304, LogLevel.Warning, "The catalogue's paper transfer times or cut-off are unusable ({Problem}); using {Fallback}")]
    public static partial void ScheduleFallback(ILogger logger, string problem, string fallback);

    [LoggerMessage(4305, LogLevel.Debug, "Next paper transfer batch at {Slot}")]
    public static partial void NextBatch(ILogger logger, string slot);

    [LoggerMessage(4306, LogLevel.Warning, "Stored dossier {EntityId} could not be read; skipped")]
    public static partial void UnreadableDossier(ILogger logger, string entityId);
}
