using System.Globalization;

namespace CounterNode.Shared.Dossiers.Transfer;

/// <summary>
/// The times of day at which paper dossiers are gathered into transfer batches and carried to
/// the departments (regulation Điều 4.1: "twice a day"; the center's catalogue sets them,
/// default 10:30 and 16:30, center-local time). Sorted, distinct, at least one.
/// </summary>
public sealed record PaperTransferSchedule
{
    /// <summary>The regulation's default: 10:30 and 16:30.</summary>
    public static PaperTransferSchedule Default { get; } = new([new TimeOnly(10, 30), new TimeOnly(16, 30)]);

    /// <summary>Builds a schedule from times of day (any order).</summary>
    /// <exception cref="InvalidTransferScheduleException">No time, or the same time twice.</exception>
    public PaperTransferSchedule(IEnumerable<TimeOnly> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var sorted = times.Select(t => new TimeOnly(t.Hour, t.Minute)).Order().ToList();
        if (sorted.Count == 0)
            throw new InvalidTransferScheduleException("at least one time is required.", "phải có ít nhất một giờ chuyển.");
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                var text = sorted[i].ToString("HH:mm", CultureInfo.InvariantCulture);
                throw new InvalidTransferScheduleException($"{text} is entered twice.", $"giờ {text} được nhập hai lần.");
            }
        }

        Times = sorted;
    }

    /// <summary>Batch times of a working day, earliest first (whole minutes).</summary>
    public IReadOnlyList<TimeOnly> Times { get; }

    /// <summary>The first batch of a working day.</summary>
    public TimeOnly First => Times[0];

    /// <summary>Reads <c>HH:mm</c> texts as in the catalogue (<c>["10:30","16:30"]</c>).</summary>
    /// <exception cref="InvalidTransferScheduleException">A text is not a time of day, or the list is unusable.</exception>
    public static PaperTransferSchedule Parse(IEnumerable<string> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var parsed = new List<TimeOnly>();
        foreach (var text in times)
        {
            if (!TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                throw new InvalidTransferScheduleException($"'{text}' is not a time of day (HH:mm).", $"'{text}' không phải giờ trong ngày (HH:mm).");
            parsed.Add(time);
        }

        return new PaperTransferSchedule(parsed);
    }

    /// <summary>Equal when the times are equal.</summary>
    public bool Equals(PaperTransferSchedule? other) => other is not null && Times.SequenceEqual(other.Times);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var time in Times)
            hash.Add(time);
        return hash.ToHashCode();
    }

    /// <summary>E.g. "10:30, 16:30".</summary>
    public override string ToString() => string.Join(", ", Times.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)));
}
