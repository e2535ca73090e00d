namespace CounterNode.Node.Devices.Printing.Status;

/// <summary>What the printer last told us about itself.</summary>
/// <param name="Reachable">A connection could be made and status was read.</param>
/// <param name="Online">The printer is online (not stopped by cover, paper or error).</param>
/// <param name="CoverOpen">The cover is open.</param>
/// <param name="PaperNearEnd">Paper roll near its end (still prints).</param>
/// <param name="PaperOut">Paper end: printing stopped.</param>
/// <param name="CutterError">Autocutter error.</param>
/// <param name="UnrecoverableError">Unrecoverable error (needs service).</param>
public sealed record PrinterStatus(
    bool Reachable,
    bool Online,
    bool CoverOpen,
    bool PaperNearEnd,
    bool PaperOut,
    bool CutterError,
    bool UnrecoverableError)
{
    /// <summary>Before the first status read.</summary>
    public static PrinterStatus Unknown { get; } = new(false, false, false, false, false, false, false);

    /// <summary>No connection could be made.</summary>
    public static PrinterStatus Unreachable { get; } = new(false, false, false, false, false, false, false);

    /// <summary>An idle, ready printer.</summary>
    public static PrinterStatus Ready { get; } = new(true, true, false, false, false, false, false);

    /// <summary>Whether a job can be sent now.</summary>
    public bool CanPrint => Reachable && Online && !CoverOpen && !PaperOut && !CutterError && !UnrecoverableError;

    /// <summary>Short English summary for logs ("ready", "paper-out, cover-open"…).</summary>
    public string Summary()
    {
        if (!Reachable)
        {
            return "unreachable";
        }

        var parts = new List<string>();
        if (!Online)
        {
            parts.Add("offline");
        }

        if (CoverOpen)
        {
            parts.Add("cover-open");
        }

        if (PaperOut)
        {
            parts.Add("paper-out");
        }
        else if (PaperNearEnd)
        {
            parts.Add("paper-near-end");
        }

        if (CutterError)
        {
            parts.Add("cutter-error");
        }

        if (UnrecoverableError)
        {
            parts.Add("unrecoverable-error");
        }

        return parts.Count == 0 ? "ready" : string.Join(", ", parts);
    }
}
