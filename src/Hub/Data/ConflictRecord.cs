namespace CounterNode.Hub.Data;

/// <summary>A collision the mutators recorded (mirror of <c>conflict</c> entities for the board and reports).</summary>
public sealed class ConflictRecord
{
    public required string Id { get; set; }

    public required string Kind { get; set; }

    /// <summary>The conflict entity's JSON state.</summary>
    public required string Data { get; set; }

    /// <summary>Version at which it was first recorded.</summary>
    public long FirstVersion { get; set; }

    /// <summary>Version of its latest update.</summary>
    public long LastVersion { get; set; }
}
