using Microsoft.Extensions.Logging;

namespace CounterNode.Hub.Sync;

/// <summary>Source-generated log messages of the Hub's sync engine (no personal data: ids, counts, codes).</summary>
internal static partial class HubSyncLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Push from {NodeId}: {Applied} applied, {Rejected} rejected, {Duplicates} duplicate; version {Version}")]
    public static partial void Pushed(ILogger logger, string nodeId, int applied, int rejected, int duplicates, long version);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Mutation {NodeId}/{MutationId} ({Type}) rejected: {ReasonCode}")]
    public static partial void Rejected(ILogger logger, string nodeId, long mutationId, string type, string reasonCode);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Sync request from {NodeId} refused ({StatusCode} {Title}): {Detail}")]
    public static partial void Refused(ILogger logger, string nodeId, int statusCode, string title, string detail);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Change log compacted below version {RetainedFrom} ({Deleted} entries removed)")]
    public static partial void Compacted(ILogger logger, long retainedFrom, int deleted);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Reserve block {First}-{Last} of {Kind} {Key} {Day} leased to {NodeId}")]
    public static partial void Leased(ILogger logger, int first, int last, string kind, string key, DateOnly day, string nodeId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Change log hash chain broken at version {Version}: {Problem}")]
    public static partial void ChainBroken(ILogger logger, long version, string problem);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Node {NodeId} restarted its outbox hash chain at mutation {MutationId} (it lost its database and bootstrapped)")]
    public static partial void ChainRestarted(ILogger logger, string nodeId, long mutationId);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Poke connection of {NodeId} from {RemoteAddress} refused: {Problem}")]
    public static partial void PokeConnectionRefused(ILogger logger, string nodeId, string? remoteAddress, string problem);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Poke for version {Version} failed")]
    public static partial void PokeFailed(ILogger logger, Exception exception, long version);
}
