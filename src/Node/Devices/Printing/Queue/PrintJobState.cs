namespace CounterNode.Node.Devices.Printing.Queue;

/// <summary>Life of a print job. Printed and Failed are final.</summary>
public enum PrintJobState
{
    /// <summary>Persisted, waiting for the printer.</summary>
    Pending,

    /// <summary>Bytes are (or were, before a crash) being written: paper may already be out.</summary>
    Printing,

    /// <summary>The printer cannot print now (paper out, cover open, offline); resumes by itself.</summary>
    Held,

    /// <summary>The printer accepted every byte and reported no error afterwards.</summary>
    Printed,

    /// <summary>The document cannot be printed at all (e.g. a character the code page lacks); never retried.</summary>
    Failed,
}
