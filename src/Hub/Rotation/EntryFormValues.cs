using System.Globalization;
using CounterNode.Shared.Rotation;

namespace CounterNode.Hub.Rotation;

/// <summary>What a counter's entry form shows: empty, an entry being edited, or what was posted and refused.</summary>
/// <param name="Id">Entry id when replacing one, else null.</param>
/// <param name="Officer">Selected officer id.</param>
/// <param name="Days">Checked weekdays (enum names).</param>
/// <param name="Dates">Single dates as typed.</param>
/// <param name="HalfDays">morning | afternoon | both.</param>
/// <param name="ValidFrom">yyyy-MM-dd.</param>
/// <param name="ValidTo">yyyy-MM-dd or empty.</param>
public sealed record EntryFormValues(string? Id, string Officer, IReadOnlySet<string> Days, string Dates, string HalfDays, string ValidFrom, string ValidTo)
{
    /// <summary>A blank form valid from <paramref name="today"/>.</summary>
    public static EntryFormValues Empty(DateOnly today) =>
        new(null, string.Empty, new HashSet<string>(), string.Empty, "both", Iso(today), string.Empty);

    /// <summary>The values of an existing entry.</summary>
    public static EntryFormValues From(RotationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.Officer, entry.DaysOfWeek.Select(d => d.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase),
            string.Join(", ", entry.Dates.Select(RotationText.Date)), entry.HalfDays.ToString().ToLowerInvariant(),
            Iso(entry.ValidFrom), entry.ValidTo is { } to ? Iso(to) : string.Empty);
    }

    /// <summary>What was posted (shown again after a refusal, so nothing has to be typed twice).</summary>
    public static EntryFormValues From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var id = Text(form, "id");
        return new(id.Length == 0 ? null : id, Text(form, "officer"),
            form["days"].Where(d => d is not null).Select(d => d!).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Text(form, "dates"), Text(form, "halfDays").ToLowerInvariant(), Text(form, "validFrom"), Text(form, "validTo"));
    }

    private static string Text(IFormCollection form, string name) => (form[name].FirstOrDefault() ?? string.Empty).Trim();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
