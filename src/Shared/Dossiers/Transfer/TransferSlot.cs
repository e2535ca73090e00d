using System.Globalization;

namespace CounterNode.Shared.Dossiers.Transfer;

/// <summary>One paper transfer batch time: a working day and one of the schedule's times (center-local).</summary>
/// <param name="Day">Working day of the batch.</param>
/// <param name="Time">Time of day of the batch.</param>
public sealed record TransferSlot(DateOnly Day, TimeOnly Time) : IComparable<TransferSlot>
{
    /// <summary>Center-local wall-clock time of the batch.</summary>
    public DateTime Local => Day.ToDateTime(Time);

    /// <summary>
    /// The batch id of this slot for one department, e.g. <c>P-20261127-1030-STP</c>: readable on
    /// the printed sheet, sortable, and the same whoever forms the batch (a retry after a crash
    /// puts the rest of the dossiers in the same batch).
    /// </summary>
    public string BatchId(string department)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(department);
        return string.Create(CultureInfo.InvariantCulture, $"{TransferBatchIds.PaperPrefix}{Day:yyyyMMdd}-{Time:HHmm}-{department}");
    }

    /// <inheritdoc />
    public int CompareTo(TransferSlot? other) => other is null ? 1 : Local.CompareTo(other.Local);

    /// <summary>Earlier than.</summary>
    public static bool operator <(TransferSlot left, TransferSlot right) => Compare(left, right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(TransferSlot left, TransferSlot right) => Compare(left, right) > 0;

    /// <summary>Not later than.</summary>
    public static bool operator <=(TransferSlot left, TransferSlot right) => Compare(left, right) <= 0;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(TransferSlot left, TransferSlot right) => Compare(left, right) >= 0;

    /// <summary>E.g. "10:30 27/11/2026".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Time:HH:mm} {Day:dd/MM/yyyy}");

    private static int Compare(TransferSlot? left, TransferSlot? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
