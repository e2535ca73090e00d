using CounterNode.Node.Queue;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Node.Tests.Queue;

public sealed class QueueViewTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);

    private static long At(int minute) => HybridTimestamp.Create(1_795_000_000_000 + (minute * 60_000L), 0).Value;

    private static TicketEntity Ticket(string prefix, int number, TicketStatus status, int? calledAt = null, int? closedAt = null, string? service = null) =>
        new(Guid.CreateVersion7(), prefix, number, Day, service, "kiosk-01", At(0) + number, status,
            calledAt is { } c ? new CallClaim(1, "counter-01", At(c)) : null, closedAt is { } d ? At(d) : null, false);

    [Fact]
    public void Service_times_use_the_start_when_recorded_and_the_call_otherwise()
    {
        var started = Ticket("A", 1, TicketStatus.Finished, calledAt: 10, closedAt: 20);
        var notStarted = Ticket("A", 2, TicketStatus.Finished, calledAt: 20, closedAt: 27);
        var otherService = Ticket("B", 1, TicketStatus.Finished, calledAt: 0, closedAt: 50);
        var view = new QueueView(Day, [started, notStarted, otherService], new Dictionary<Guid, PriorityCategory>(),
            new Dictionary<Guid, TicketServingEntity> { [started.Id] = new(started.Id, 1, At(12)) });

        Assert.Equal([TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(7)], view.ServiceTimes("A"));
        Assert.True(view.IsServing(started));
        Assert.False(view.IsServing(notStarted));
    }

    [Fact]
    public void A_transferred_ticket_waits_in_its_new_service_queue_with_its_priority()
    {
        var moved = Ticket("A", 3, TicketStatus.Waiting, service: "B");
        var stays = Ticket("A", 4, TicketStatus.Waiting);
        var view = new QueueView(Day, [moved, stays], new Dictionary<Guid, PriorityCategory> { [moved.Id] = PriorityCategory.Disabled },
            new Dictionary<Guid, TicketServingEntity>());

        var waiting = view.Waiting();
        Assert.Equal(("B", true), (waiting.Single(t => t.Id == moved.Id).Prefix, waiting.Single(t => t.Id == moved.Id).IsPriority));
        Assert.Equal("A", waiting.Single(t => t.Id == stays.Id).Prefix);
        Assert.Equal(moved, view.Find("A", 3));
        Assert.Equal(PriorityCategory.Disabled, view.PriorityOf(moved.Id));
    }

    [Fact]
    public void The_open_ticket_is_the_called_one_held_by_this_counter_and_node()
    {
        var mine = Ticket("A", 5, TicketStatus.Called, calledAt: 30);
        var done = Ticket("A", 6, TicketStatus.Finished, calledAt: 10, closedAt: 20);
        var view = new QueueView(Day, [mine, done], new Dictionary<Guid, PriorityCategory>(), new Dictionary<Guid, TicketServingEntity>());
        Assert.Equal(mine, view.OpenAt(1, "counter-01"));
        Assert.Null(view.OpenAt(1, "counter-09"));
        Assert.Null(view.OpenAt(2, "counter-01"));
    }
}
