using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Hub.Tests.Board;

/// <summary>Ticket states for the projection tests, at times relative to <see cref="Start"/>.</summary>
internal static class BoardTickets
{
    /// <summary>08:00 in Vietnam (UTC+7).</summary>
    public static DateTimeOffset Start { get; } = new(2026, 11, 26, 8, 0, 0, TimeSpan.FromHours(7));

    public static DateOnly Day { get; } = new(2026, 11, 26);

    public static long Hlc(DateTimeOffset at) => HybridTimestamp.Create(at.ToUnixTimeMilliseconds(), 0).Value;

    public static TicketEntity Waiting(string prefix, int number, TimeSpan issuedAfterStart) =>
        new(Guid.NewGuid(), prefix, number, Day, null, "kiosk-01", Hlc(Start + issuedAfterStart), TicketStatus.Waiting, null, null, false);

    public static TicketEntity Called(string prefix, int number, TimeSpan issued, int counter, TimeSpan called, string node = "counter-01") =>
        Waiting(prefix, number, issued) with { Status = TicketStatus.Called, Call = new CallClaim(counter, node, Hlc(Start + called)) };

    public static TicketEntity Finished(string prefix, int number, TimeSpan issued, int counter, TimeSpan called, TimeSpan closed, string node = "counter-01") =>
        Called(prefix, number, issued, counter, called, node) with { Status = TicketStatus.Finished, ClosedAt = Hlc(Start + closed) };

    public static TimeSpan Min(double minutes) => TimeSpan.FromMinutes(minutes);
}
