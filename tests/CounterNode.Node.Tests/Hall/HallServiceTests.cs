using CounterNode.Node.Hall;
using CounterNode.Node.Queue;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Hall;

/// <summary>The hall role over a real replica: every new call shown and spoken once; old calls shown, never spoken.</summary>
public sealed class HallServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task New_calls_are_shown_and_spoken_once_in_call_order_and_calls_made_before_start_are_not_spoken()
    {
        using var replicas = new TestReplicas();
        await using var replica = replicas.Open("hall-01");
        var before = Guid.CreateVersion7();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(before, 1), null, CancellationToken.None);
        await replica.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(before, 1), null, CancellationToken.None);

        var voice = new RecordingVoice();
        var display = new HallDisplay();
        using var service = Create(replica, replicas.Time, display, voice);
        await service.StartAsync(CancellationToken.None);
        await EventuallyAsync(() => display.Current.Current?.Ticket == "A001");
        Assert.Empty(voice.Calls);

        var a2 = Guid.CreateVersion7();
        var a3 = Guid.CreateVersion7();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(a2, 2), null, CancellationToken.None);
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(a3, 3), null, CancellationToken.None);
        await EventuallyAsync(() => display.Current.Waiting.SingleOrDefault(w => w.Prefix == "A")?.Waiting == 2);
        replicas.Time.Advance(TimeSpan.FromSeconds(1));
        await replica.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(a2, 2), null, CancellationToken.None);
        replicas.Time.Advance(TimeSpan.FromSeconds(1));
        await replica.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(a3, 3), null, CancellationToken.None);

        await EventuallyAsync(() => voice.Calls.Count == 2 && display.Current.Current?.Ticket == "A003");
        Assert.Equal([new("A002", 2), new("A003", 3)], voice.Calls.ToArray());
        Assert.Equal([1, 2, 3], display.Current.LastCallPerCounter.Select(c => c.Counter));
        Assert.Equal(0, display.Current.Waiting.Single(w => w.Prefix == "A").Waiting);

        // "Gọi lại" at counter 3: the ticket does not change, the recall is spoken once more.
        replicas.Time.Advance(TimeSpan.FromSeconds(1));
        await replica.MutateAsync(Shared.Hall.HallRecallMutator.MutationType, TestReplicas.Call(a3, 3), null, CancellationToken.None);
        await EventuallyAsync(() => voice.Calls.Count == 3);
        Assert.Equal(new("A003", 3), voice.Calls.Last());

        // Finishing a ticket changes the display data but is not a new call: nothing more is spoken.
        await replica.MutateAsync(TicketMutationTypes.Finish, TestReplicas.Call(a2, 2), null, CancellationToken.None);
        var version = display.Current.Version;
        await EventuallyAsync(() => display.Current.Version > version);
        Assert.Equal(3, voice.Calls.Count);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_call_older_than_the_announce_window_when_first_seen_is_shown_but_not_spoken()
    {
        using var replicas = new TestReplicas();
        await using var replica = replicas.Open("hall-01");
        var voice = new RecordingVoice();
        var display = new HallDisplay();
        // The hall's clock is ten minutes ahead of the hybrid time of the calls it receives (a backlog after an outage).
        var hallTime = new FakeTimeProvider(replicas.Time.GetUtcNow() + TimeSpan.FromMinutes(10));
        using var service = Create(replica, hallTime, display, voice);
        await service.StartAsync(CancellationToken.None);
        await EventuallyAsync(() => display.Current.Version > 0);

        var late = Guid.CreateVersion7();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(late, 7, "B"), null, CancellationToken.None);
        await replica.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(late, 4), null, CancellationToken.None);

        await EventuallyAsync(() => display.Current.Current?.Ticket == "B007");
        Assert.Equal(4, display.Current.Current!.Counter);
        Assert.Empty(voice.Calls);
        await service.StopAsync(CancellationToken.None);
    }

    private static HallService Create(Node.Storage.NodeReplica replica, TimeProvider time, HallDisplay display, RecordingVoice voice) =>
        new(replica, new QueueReader(replica), new QueueClock(time, WorkingCalendar.Default), display, voice,
            Options.Create(new HallOptions()), NullLogger<HallService>.Instance);

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            await Task.Delay(20);
        }
    }
}
