using CounterNode.Hub.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;

namespace CounterNode.Hub.Rotation;

/// <summary>
/// Every rotation and absence change made at the Hub. The change is first run by the shared
/// mutator over the current state (so a refusal comes back with its Vietnamese text and nothing
/// is written), then issued through <see cref="HubMutationIssuer"/>: hash-chained, applied
/// authoritatively, written to the change log and poked to the counter's node at once.
/// </summary>
public sealed partial class RotationCommands(RotationReader reader, HubMutationIssuer issuer, TimeProvider time, ILogger<RotationCommands> logger)
{
    /// <summary>Checks and issues one change.</summary>
    /// <exception cref="Shared.Errors.DomainException">The rules refuse it; nothing changed.</exception>
    public async Task<HubMutationResult> IssueAsync(string type, object payload, string? user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var state = await reader.ReadAsync(cancellationToken);
        var context = new MutationContext(HubMutationIssuer.HubNodeId, 0, Guid.Empty,
            HybridTimestamp.Create(time.GetUtcNow().ToUnixTimeMilliseconds(), 0), user, IsAuthoritative: false);
        MutatorRegistry.Default.Apply(type, context, MutatorJson.ToElement(payload), state.ToSession());
        try
        {
            var result = await issuer.IssueAsync(type, payload, user, cancellationToken);
            LogIssued(logger, type, user, result.Version);
            return result;
        }
        catch (HubMutationRejectedException ex)
        {
            LogRefused(logger, type, ex.ReasonCode);
            throw new RotationChangeRefusedException(ex.ReasonCode, ex.Reason);
        }
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Rotation change {MutationType} by {User} committed at version {Version}")]
    private static partial void LogIssued(ILogger logger, string mutationType, string? user, long version);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Rotation change {MutationType} refused by the Hub's authoritative run: {ReasonCode}")]
    private static partial void LogRefused(ILogger logger, string mutationType, string reasonCode);
}
