namespace CounterNode.Hub.Departments;

/// <summary>
/// Body of a delay report (Mẫu 04): a written reason and the new return date, given either as a
/// date or as a number of working days added to the return date in force (the Hub computes the
/// date over the working calendar).
/// </summary>
public sealed class DelayReportBody
{
    /// <summary>Why the dossier is late (required).</summary>
    public string? Reason { get; set; }

    /// <summary>The new return date (a working day after the one in force).</summary>
    public DateOnly? NewReturnDate { get; set; }

    /// <summary>Working days to add to the return date in force (1–1000), when no date is given.</summary>
    public int? ExtraWorkingDays { get; set; }
}
