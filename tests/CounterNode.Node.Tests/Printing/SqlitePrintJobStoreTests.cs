using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Devices.Printing.Layout;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Samples;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Printing;

public sealed class SqlitePrintJobStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cn-print-store-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Every_document_survives_a_reopen_unchanged()
    {
        var path = Path.Combine(_directory, "jobs.db");
        var store = SqlitePrintJobStore.Open(path, _time);
        var documents = SampleDocuments.All(_time.GetUtcNow());
        foreach (var document in documents)
        {
            await store.AddAsync("receipt", document, CancellationToken.None);
        }

        var reopened = SqlitePrintJobStore.Open(path, _time);
        var jobs = await reopened.GetUnfinishedAsync("receipt", CancellationToken.None);

        Assert.Equal(documents.Count, jobs.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(PrintJobState.Pending, jobs[i].State);
            Assert.Equal(documents[i].GetType(), jobs[i].Document.GetType());
            // Records with lists compare lists by reference, so compare the composed output instead.
            Assert.Equal(
                DocumentComposer.Compose(documents[i]).Blocks,
                DocumentComposer.Compose(jobs[i].Document).Blocks);
        }
    }

    [Fact]
    public async Task Final_jobs_leave_the_unfinished_list_and_state_persists()
    {
        var store = SqlitePrintJobStore.Open(Path.Combine(_directory, "jobs.db"), _time);
        var a = await store.AddAsync("receipt", SampleDocuments.Ticket(_time.GetUtcNow()), CancellationToken.None);
        var b = await store.AddAsync("receipt", SampleDocuments.Ticket(_time.GetUtcNow()), CancellationToken.None);
        var other = await store.AddAsync("kiosk", SampleDocuments.Ticket(_time.GetUtcNow()), CancellationToken.None);

        a.State = PrintJobState.Printed;
        a.PrintedAt = _time.GetUtcNow();
        await store.UpdateAsync(a, CancellationToken.None);
        b.State = PrintJobState.Printing;
        b.PossiblyPrinted = true;
        b.Attempts = 1;
        await store.UpdateAsync(b, CancellationToken.None);

        var unfinished = await store.GetUnfinishedAsync("receipt", CancellationToken.None);
        var single = Assert.Single(unfinished);
        Assert.Equal(b.Id, single.Id);
        Assert.True(single.PossiblyPrinted);
        Assert.Equal(PrintJobState.Printing, single.State);
        Assert.Equal(1, single.Attempts);
        Assert.Equal(PrintJobState.Printed, (await store.GetAsync(a.Id, CancellationToken.None))!.State);
        Assert.Single(await store.GetUnfinishedAsync("kiosk", CancellationToken.None));
        Assert.NotEqual(a.Id, other.Id);
    }

    [Fact]
    public async Task Updating_a_missing_job_fails()
    {
        var store = SqlitePrintJobStore.Open(Path.Combine(_directory, "jobs.db"), _time);
        var ghost = new PrintJob { Id = 999, PrinterName = "receipt", Document = SampleDocuments.Ticket(_time.GetUtcNow()), CreatedAt = _time.GetUtcNow() };
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpdateAsync(ghost, CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
