using CounterNode.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Sync;

/// <summary>
/// Walks the retained change log in version order and checks every link: versions without
/// holes, each previous hash equal to the hash before it, each hash recomputed from the
/// content, and the last entry equal to the head the sync-state row recorded.
/// </summary>
internal static class ChangeLogVerifier
{
    public static async Task<LogVerification> VerifyAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var state = await db.SyncState.AsNoTracking().SingleAsync(cancellationToken);
        var expectedVersion = state.RetainedFrom;
        var previousHash = state.RetainedAnchorHash;
        long checkedCount = 0;
        await foreach (var entry in db.ChangeLog.AsNoTracking().Where(c => c.Version >= state.RetainedFrom).OrderBy(c => c.Version)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string? problem = null;
            if (entry.Version != expectedVersion)
                problem = $"entry {expectedVersion} is missing (next entry is {entry.Version})";
            else if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                problem = "does not link to the previous entry";
            else if (!string.Equals(entry.Hash, ChangeLogHasher.Compute(entry.PreviousHash, entry.Version, entry.EntityType,
                         entry.EntityId, entry.Scope, entry.Data, entry.NodeId, entry.MutationId), StringComparison.Ordinal))
                problem = "content does not match its hash";
            if (problem is not null)
                return new LogVerification(false, checkedCount, Math.Min(entry.Version, expectedVersion), problem);

            checkedCount++;
            previousHash = entry.Hash;
            expectedVersion++;
        }

        if (expectedVersion != state.Version + 1 || !string.Equals(previousHash, state.LastHash, StringComparison.Ordinal))
            return new LogVerification(false, checkedCount, expectedVersion, "the log ends before the recorded head (entries removed at the end)");

        return new LogVerification(true, checkedCount, null, null);
    }
}
