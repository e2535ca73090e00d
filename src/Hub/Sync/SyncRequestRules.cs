using System.Text.Json;
using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Sync;

/// <summary>Checks a request can be processed at all, before anything is read or stored.</summary>
internal static class SyncRequestRules
{
    public static void CheckProtocol(int version)
    {
        if (version != SyncProtocol.Version)
            throw new UnsupportedProtocolVersionException(version);
    }

    public static void CheckNode(NodeIdentity node, string? claimed)
    {
        if (!string.Equals(node.NodeId, claimed, StringComparison.Ordinal))
            throw new NodeMismatchException(node.NodeId, claimed ?? "(none)");
    }

    /// <summary>
    /// Shape, identity, size, hash and clock checks of a push that need no database: ids
    /// consecutive, every mutation of the caller, each hash the hash of its content, each
    /// linked to the one before it, none too far ahead of the Hub clock.
    /// </summary>
    public static void ValidatePush(NodeIdentity node, PushRequest request, DateTimeOffset now, TimeSpan maxClockDrift)
    {
        CheckProtocol(request.ProtocolVersion);
        CheckNode(node, request.NodeId);
        if (request.Mutations is null)
            throw new MalformedSyncRequestException("The push has no mutations list.");
        if (request.Mutations.Count > SyncProtocol.MaxPushMutations)
            throw new BatchTooLargeException($"A push carries at most {SyncProtocol.MaxPushMutations} mutations; this one has {request.Mutations.Count}.");

        Mutation? previous = null;
        foreach (var m in request.Mutations)
        {
            if (m is null)
                throw new MalformedSyncRequestException("A mutation is null.");
            CheckNode(node, m.NodeId);
            if (m.MutationId <= 0)
                throw new MalformedSyncRequestException("Mutation ids start at 1.");
            if (previous is not null && m.MutationId != previous.MutationId + 1)
                throw new MalformedSyncRequestException($"Mutation ids in a push must be consecutive; {m.MutationId} follows {previous.MutationId}.");
            if (string.IsNullOrWhiteSpace(m.Type) || m.Type.Length > 100)
                throw new MalformedSyncRequestException($"Mutation {m.MutationId} has no valid type.");
            if (m.Payload.ValueKind == JsonValueKind.Undefined || m.PreviousHash is null || m.Hash is null)
                throw new MalformedSyncRequestException($"Mutation {m.MutationId} lacks its payload or hashes.");
            if (!string.Equals(MutationHasher.Compute(m), m.Hash, StringComparison.Ordinal))
                throw new MutationHashMismatchException(m.MutationId);
            if (previous is not null && !string.Equals(m.PreviousHash, previous.Hash, StringComparison.Ordinal))
                throw new HashChainBrokenException(m.MutationId, $"Mutation {m.MutationId} does not link to mutation {previous.MutationId}.");
            if (m.Hlc.PhysicalTime - now > maxClockDrift)
                throw new ClockTooFarAheadException(m.MutationId, m.Hlc, now, maxClockDrift);
            previous = m;
        }
    }
}
