namespace CounterNode.Shared.Queue;

/// <summary>A ticket waiting to be called, as the queue logic sees it (no personal data).</summary>
/// <param name="Id">Ticket id.</param>
/// <param name="Prefix">Service prefix.</param>
/// <param name="Number">Printed number.</param>
/// <param name="IssuedAt">Packed hybrid timestamp of the print: the FIFO order.</param>
/// <param name="IsPriority">True for a priority-category ticket.</param>
public sealed record WaitingTicket(Guid Id, string Prefix, int Number, long IssuedAt, bool IsPriority)
{
    /// <summary>FIFO order: issue time, then number, then id (so equal timestamps still give one order).</summary>
    public static IComparer<WaitingTicket> Fifo { get; } = Comparer<WaitingTicket>.Create((a, b) =>
    {
        var byTime = a.IssuedAt.CompareTo(b.IssuedAt);
        if (byTime != 0)
            return byTime;
        var byNumber = a.Number.CompareTo(b.Number);
        return byNumber != 0 ? byNumber : a.Id.CompareTo(b.Id);
    });
}
