using CounterNode.Shared.Codes;
using CounterNode.Shared.Tickets;

namespace CounterNode.Shared.Tests.Tickets;

/// <summary>Builds tickets and drives them into any state along a legal path.</summary>
internal static class TicketFixtures
{
    public static readonly DateOnly Day = new(2026, 11, 26);
    public static readonly DateTimeOffset IssuedAt = new(2026, 11, 26, 7, 30, 0, TimeSpan.FromHours(7));

    public static Ticket NewTicket(PriorityCategory? priority = null) =>
        Ticket.Issue(Guid.CreateVersion7(), new TicketNumber("A", 12), Day, IssuedAt, priority);

    /// <summary>A ticket in <paramref name="state"/>, reached by the shortest legal path.</summary>
    public static Ticket InState(TicketState state)
    {
        var ticket = NewTicket();
        var at = IssuedAt;
        switch (state)
        {
            case TicketState.Waiting:
                break;
            case TicketState.Called:
                ticket.Call("officer-1", 1, at = at.AddMinutes(1));
                break;
            case TicketState.Serving:
                ticket.Call("officer-1", 1, at = at.AddMinutes(1));
                ticket.StartServing("officer-1", 1, at.AddMinutes(1));
                break;
            case TicketState.Done:
                ticket.Call("officer-1", 1, at = at.AddMinutes(1));
                ticket.StartServing("officer-1", 1, at = at.AddMinutes(1));
                ticket.Complete("officer-1", 1, at.AddMinutes(1));
                break;
            case TicketState.NoShow:
                ticket.Call("officer-1", 1, at = at.AddMinutes(1));
                ticket.MarkNoShow("officer-1", 1, at.AddMinutes(3));
                break;
            case TicketState.Cancelled:
                ticket.Cancel("kiosk", null, at.AddMinutes(1));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }

        Assert.Equal(state, ticket.State);
        return ticket;
    }

    /// <summary>Performs <paramref name="action"/> with valid arguments.</summary>
    public static void Do(Ticket ticket, TicketAction action, DateTimeOffset at, string officer = "officer-2", int counter = 2)
    {
        switch (action)
        {
            case TicketAction.Call: ticket.Call(officer, counter, at); break;
            case TicketAction.Recall: ticket.Recall(officer, counter, at); break;
            case TicketAction.StartServing: ticket.StartServing(officer, counter, at); break;
            case TicketAction.Complete: ticket.Complete(officer, counter, at); break;
            case TicketAction.MarkNoShow: ticket.MarkNoShow(officer, counter, at); break;
            case TicketAction.Transfer: ticket.Transfer(officer, counter, new TransferTarget("B"), at); break;
            case TicketAction.Cancel: ticket.Cancel(officer, counter, at); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
