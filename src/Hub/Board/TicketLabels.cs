using CounterNode.Shared.Codes;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Hub.Board;

/// <summary>Small helpers shared by the projections.</summary>
internal static class TicketLabels
{
    private static readonly string NumberFormat = "D" + TicketNumberFormat.DefaultWidth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The number as printed, e.g. <c>A012</c>. The synced ticket does not carry its service's
    /// width, so the default width is used (a wider number still prints all its digits).
    /// </summary>
    public static string Of(TicketEntity ticket) => ticket.Prefix + ticket.Number.ToString(NumberFormat, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The wall time of a packed hybrid timestamp.</summary>
    public static DateTimeOffset TimeOf(long hlc) => new HybridTimestamp(hlc).PhysicalTime;

    /// <summary>Whole seconds from <paramref name="from"/> to <paramref name="to"/>, never negative (node clocks may run ahead).</summary>
    public static long Seconds(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (long)(to - from).TotalSeconds);
}
