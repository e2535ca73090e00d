using System.Globalization;
using CounterNode.Hub.Data;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Board;

/// <summary>
/// The board's read side over the Hub's database: read-only, no tracking, small queries
/// (the head is one row; tickets come from the change log after the book's version).
/// </summary>
public sealed class BoardQueries(IDbContextFactory<HubDbContext> contexts)
{
    private const int Page = 2000;

    /// <summary>The change log's head; (0, 1) before the database is initialised.</summary>
    public async Task<ChangeLogHead> GetHeadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.SyncState.AsNoTracking()
            .Where(s => s.Id == SyncStateRecord.SingletonId)
            .Select(s => new ChangeLogHead(s.Version, s.RetainedFrom))
            .FirstOrDefaultAsync(cancellationToken);
        return head ?? new ChangeLogHead(0, 1);
    }

    /// <summary>Refills <paramref name="book"/> with the tickets of <paramref name="day"/> from the entity table.</summary>
    public async Task ReloadAsync(TicketBook book, DateOnly day, ChangeLogHead head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(head);
        // The head is read before the entities: a state newer than the head is replayed again from the log later (same final state).
        book.Reset(day, head.Version);
        var marker = "\"day\":\"" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Entities.AsNoTracking()
            .Where(e => e.Type == TicketEntityTypes.Ticket && e.Data != null && e.Data.Contains(marker))
            .Select(e => new { e.Id, e.Data, e.Version })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            book.Apply(row.Id, row.Data, Math.Min(row.Version, head.Version));
        book.AdvanceTo(head.Version);
    }

    /// <summary>
    /// Moves <paramref name="book"/> to <paramref name="head"/> through the change log; reloads
    /// from the entities when compaction removed entries it still needs.
    /// </summary>
    public async Task CatchUpAsync(TicketBook book, ChangeLogHead head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(head);
        if (head.Version < book.Version || head.RetainedFrom > book.Version + 1)
        {
            await ReloadAsync(book, book.Day, head, cancellationToken);
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        while (book.Version < head.Version)
        {
            var from = book.Version;
            var rows = await db.ChangeLog.AsNoTracking()
                .Where(c => c.Version > from && c.Version <= head.Version && c.EntityType == TicketEntityTypes.Ticket)
                .OrderBy(c => c.Version)
                .Take(Page)
                .Select(c => new { c.EntityId, c.Data, c.Version })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
                book.Apply(row.EntityId, row.Data, row.Version);
            if (rows.Count < Page)
                book.AdvanceTo(head.Version);
        }
    }

    /// <summary>Every node with its last push and the officer of its latest mutation.</summary>
    /// <remarks>
    /// One query for all nodes: the board publishes after every commit, and one query per node
    /// (as before) was the largest item of the Hub's CPU profile with 200 nodes connected. A node's latest mutation is the one at its <see cref="NodeRecord.LastApplied"/>
    /// (pushes apply mutation ids consecutively and applied mutations are never deleted), so a
    /// left join on the primary key finds it.
    /// </remarks>
    public async Task<IReadOnlyList<NodeActivity>> GetNodesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The Hub's built-in node (its own changes) is not a device in the hall.
        var rows = await (
                from node in db.Nodes.AsNoTracking()
                where node.NodeId != Sync.HubMutationIssuer.HubNodeId
                join mutation in db.AppliedMutations.AsNoTracking()
                    on new { node.NodeId, MutationId = node.LastApplied } equals new { mutation.NodeId, mutation.MutationId } into latest
                from mutation in latest.DefaultIfEmpty()
                orderby node.NodeId
                select new { Node = node, AppliedAtMs = (long?)mutation!.AppliedAtMs, Officer = mutation!.Officer })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new NodeActivity(row.Node.NodeId, row.Node.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            row.Node.LastApplied, row.AppliedAtMs, row.Officer)
        {
            LastPulledVersion = row.Node.LastPulledVersion,
            LastPulledAtMs = row.Node.LastPulledAtMs,
        })];
    }

    /// <summary>The latest <paramref name="count"/> conflicts.</summary>
    public async Task<IReadOnlyList<ConflictRecord>> GetConflictsAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Conflicts.AsNoTracking()
            .OrderByDescending(c => c.LastVersion)
            .Take(Math.Max(0, count))
            .ToListAsync(cancellationToken);
    }
}
