using System.Text.Json;
using CounterNode.Node.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.Node.Sync;

/// <summary>
/// Decisions that need coordination (which counter calls which ticket): recorded locally like
/// every change, then pushed at once, waiting briefly for the Hub's verdict. Online the officer
/// sees the Hub's decision; offline (no verdict in time) the local decision stands and a later
/// collision comes back as a conflict entity and a <see cref="MutationRejected"/> notification.
/// </summary>
public sealed partial class CoordinatedMutator
{
    private readonly NodeReplica _replica;
    private readonly SyncEngine _engine;
    private readonly TimeProvider _time;
    private readonly TimeSpan _wait;
    private readonly ILogger _logger;

    public CoordinatedMutator(NodeReplica replica, SyncEngine engine, TimeProvider time, TimeSpan wait, ILogger<CoordinatedMutator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(replica);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        _replica = replica;
        _engine = engine;
        _time = time;
        _wait = wait;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Records the decision and waits up to the configured time for the Hub's verdict.</summary>
    /// <exception cref="CounterNode.Shared.Errors.DomainException">The local rules refuse it; nothing was recorded.</exception>
    public async Task<CoordinatedMutationResult> MutateAsync(string type, JsonElement payload, string? officer, CancellationToken cancellationToken)
    {
        var local = await _replica.MutateAsync(type, payload, officer, cancellationToken).ConfigureAwait(false);
        using var deadline = new CancellationTokenSource(_wait, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await _engine.SyncOnceAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogNoVerdict(_logger, local.Mutation.MutationId, type);
        }
        catch (HubUnreachableException)
        {
            LogNoVerdict(_logger, local.Mutation.MutationId, type);
        }

        var status = await _replica.GetMutationStatusAsync(local.Mutation.MutationId, cancellationToken).ConfigureAwait(false);
        return new CoordinatedMutationResult(local, status);
    }

    [LoggerMessage(EventId = 2600, Level = LogLevel.Information, Message = "No Hub verdict in time for mutation {MutationId} ({MutationType}); the local decision stands for now")]
    private static partial void LogNoVerdict(ILogger logger, long mutationId, string mutationType);
}
