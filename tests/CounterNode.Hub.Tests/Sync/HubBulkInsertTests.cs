using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

/// <summary>
/// Rows written in bulk (PostgreSQL: one array per column; SQLite: cached one-row statements)
/// are the rows a one-row insert writes: same text, same GUID form, same numbers, and the log
/// still verifies.
/// </summary>
public sealed class HubBulkInsertTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private static readonly NodeIdentity Counter1 = TestNodes.Identity(TestNodes.Counter1);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Bulk_rows_equal_one_row_inserts_byte_for_byte(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        // Text a JSON round trip could damage: Vietnamese, quotes, backslashes, control characters, an emoji.
        const string tricky = "Số thứ tự \"A001\" \\ đến quầy\n\t3 — ✓ 😀";
        // One mutation alone (one-row inserts), then three together (bulk inserts).
        await engine.PushAsync(Counter1, outbox.Push(outbox.Add(TicketMutationTypes.Issue,
            new IssueTicketPayload(Guid.NewGuid(), "A", 1, new DateOnly(2026, 11, 27), Service: tricky))), default);
        var batch = Enumerable.Range(2, 3).Select(n => outbox.Add(TicketMutationTypes.Issue,
            new IssueTicketPayload(Guid.NewGuid(), "A", n, new DateOnly(2026, 11, 27), Service: tricky))).ToArray();
        var response = await engine.PushAsync(Counter1, outbox.Push(batch), default);
        Assert.All(response.Outcomes, o => Assert.Equal(MutationStatus.Applied, o.Status));

        await using var c = db.NewContext();
        var applied = await c.AppliedMutations.AsNoTracking().Where(a => a.NodeId == TestNodes.Counter1).OrderBy(a => a.MutationId).ToListAsync();
        Assert.Equal(batch.Select(m => m.Id), applied.Skip(1).Select(a => a.Id));
        Assert.Equal(batch.Select(m => m.Payload.GetRawText()), applied.Skip(1).Select(a => a.Payload));
        Assert.Equal(batch.Select(m => m.Hash), applied.Skip(1).Select(a => a.Hash));
        Assert.Equal(batch.Select(m => m.Hlc.Value), applied.Skip(1).Select(a => a.Hlc));
        Assert.Equal(batch.Select(m => m.Officer), applied.Skip(1).Select(a => a.Officer));
        // The GUID column holds one form whichever way the row was written (queries compare it as stored).
        var rawIds = await c.Database.SqlQueryRaw<string>("SELECT CAST(id AS TEXT) AS \"Value\" FROM applied_mutations ORDER BY mutation_id").ToListAsync();
        Assert.Equal(applied.Select(a => a.Id).Select(id => Form(rawIds[0], id)), rawIds);
        // ...and it is the form EF binds, so queries by GUID find rows written by the push path.
        foreach (var mutation in batch)
            Assert.Equal(1, await c.AppliedMutations.CountAsync(a => a.Id == mutation.Id));
        var tickets = await c.Entities.AsNoTracking().Where(e => e.Type == TicketEntityTypes.Ticket).ToListAsync();
        Assert.Equal(4, tickets.Count);
        Assert.All(tickets, t => Assert.Equal(tricky, System.Text.Json.JsonDocument.Parse(t.Data!).RootElement.GetProperty("service").GetString()));
        var log = await engine.VerifyChangeLogAsync(default);
        Assert.True(log.IsIntact, log.Problem);
    }

    // The first row was written by a one-row insert: every row must use its letter case.
    private static string Form(string firstRaw, Guid id) =>
        firstRaw.Any(char.IsAsciiLetterUpper) ? id.ToString("D").ToUpperInvariant() : id.ToString("D");
}
