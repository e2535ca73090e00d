namespace CounterNode.Node.Catalogue;

/// <summary>Source-generated log messages of the node's catalogue (event ids 2600–2619). Never PINs or badge secrets.</summary>
internal static partial class NodeCatalogueLog
{
    [LoggerMessage(2600, LogLevel.Information, "Catalogue source: node configuration (Queue:Services, Queue:Officers) until the Hub's catalogue is synced")]
    public static partial void UsingConfiguration(ILogger logger);

    [LoggerMessage(2601, LogLevel.Information, "Catalogue source: synced from the Hub ({Services} services, {Counters} counters, {Officers} officers)")]
    public static partial void UsingSynced(ILogger logger, int services, int counters, int officers);

    [LoggerMessage(2602, LogLevel.Warning, "Catalogue entity {EntityType}/{Id} could not be read and is ignored")]
    public static partial void Unreadable(ILogger logger, string entityType, string id, Exception exception);

    [LoggerMessage(2603, LogLevel.Debug, "Catalogue refreshed: {EntityType}/{Id} changed")]
    public static partial void Changed(ILogger logger, string entityType, string id);

    [LoggerMessage(2604, LogLevel.Error, "Catalogue watch stopped unexpectedly; the node keeps the last catalogue it read")]
    public static partial void WatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(2605, LogLevel.Warning, "Badge sign-in refused for {Badge}")]
    public static partial void BadgeRefused(ILogger logger, string badge);

    [LoggerMessage(2606, LogLevel.Warning, "Working calendar: part of the synced catalogue is ignored and the regulation default used instead: {Problem}")]
    public static partial void CalendarPartIgnored(ILogger logger, string problem);
}
