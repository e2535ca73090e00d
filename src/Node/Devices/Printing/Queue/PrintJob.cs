using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Queue;

/// <summary>A persisted print job.</summary>
public sealed class PrintJob
{
    public required long Id { get; init; }

    public required string PrinterName { get; init; }

    public required IPrintDocument Document { get; init; }

    public PrintJobState State { get; set; }

    /// <summary>Number of times bytes of this job started to be written.</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Some bytes may have reached the paper already (a write started and did not complete with a
    /// clean status). The next print is marked "BẢN IN LẠI" — at-least-once printing, made visible.
    /// </summary>
    public bool PossiblyPrinted { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PrintedAt { get; set; }

    /// <summary>Last failure, in English, without personal data.</summary>
    public string? LastError { get; set; }

    public bool IsFinal => State is PrintJobState.Printed or PrintJobState.Failed;
}
