using CounterNode.Hub.Board;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using static CounterNode.Hub.Tests.Board.BoardTickets;

namespace CounterNode.Hub.Tests.Board;

public sealed class TicketBookTests
{
    private static string Json(TicketEntity t) => MutatorJson.ToElement(t).GetRawText();

    [Fact]
    public void The_book_keeps_the_latest_state_of_the_days_tickets_only()
    {
        var book = new TicketBook(Day);
        var ticket = Waiting("A", 1, Min(0));
        var yesterday = Waiting("A", 1, Min(0)) with { Day = Day.AddDays(-1) };

        Assert.True(book.Apply(ticket.Id.ToString("D"), Json(ticket), 1));
        Assert.False(book.Apply(yesterday.Id.ToString("D"), Json(yesterday), 2));
        Assert.True(book.Apply(ticket.Id.ToString("D"), Json(ticket with { Status = TicketStatus.Called, Call = new CallClaim(1, "counter-01", 5) }), 3));

        var kept = Assert.Single(book.Tickets);
        Assert.Equal(TicketStatus.Called, kept.Status);
        Assert.Equal(3, book.Version);
    }

    [Fact]
    public void A_deletion_removes_and_bad_rows_are_skipped_without_stopping_the_book()
    {
        var book = new TicketBook(Day);
        var ticket = Waiting("A", 1, Min(0));
        book.Apply(ticket.Id.ToString("D"), Json(ticket), 1);

        Assert.False(book.Apply(Guid.NewGuid().ToString("D"), "{broken", 2));
        Assert.False(book.Apply("not-a-guid", Json(ticket), 3));
        Assert.True(book.Apply(ticket.Id.ToString("D"), null, 4));

        Assert.Empty(book.Tickets);
        Assert.Equal(4, book.Version);
    }

    [Fact]
    public void Reset_starts_a_new_day_from_a_version()
    {
        var book = new TicketBook(Day);
        var ticket = Waiting("A", 1, Min(0));
        book.Apply(ticket.Id.ToString("D"), Json(ticket), 5);

        book.Reset(Day.AddDays(1), 9);

        Assert.Empty(book.Tickets);
        Assert.Equal(Day.AddDays(1), book.Day);
        Assert.Equal(9, book.Version);
    }
}
