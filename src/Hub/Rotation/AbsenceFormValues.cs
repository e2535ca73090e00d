using System.Globalization;

namespace CounterNode.Hub.Rotation;

/// <summary>What the absence form shows: empty for today, or what was posted and refused.</summary>
/// <param name="Officer">Selected officer id.</param>
/// <param name="FromDate">yyyy-MM-dd.</param>
/// <param name="FromPart">morning | afternoon.</param>
/// <param name="ToDate">yyyy-MM-dd.</param>
/// <param name="ToPart">morning | afternoon.</param>
/// <param name="Reason">Reason as typed.</param>
/// <param name="Emergency">Emergency box checked.</param>
public sealed record AbsenceFormValues(string Officer, string FromDate, string FromPart, string ToDate, string ToPart, string Reason, bool Emergency)
{
    /// <summary>A blank form for <paramref name="today"/>.</summary>
    public static AbsenceFormValues Empty(DateOnly today)
    {
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new(string.Empty, day, "morning", day, "afternoon", string.Empty, false);
    }

    /// <summary>What was posted.</summary>
    public static AbsenceFormValues From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(Text(form, "officer"), Text(form, "fromDate"), Text(form, "fromPart").ToLowerInvariant(), Text(form, "toDate"),
            Text(form, "toPart").ToLowerInvariant(), Text(form, "reason"), form["emergency"].Any(v => v is "on" or "true"));
    }

    private static string Text(IFormCollection form, string name) => (form[name].FirstOrDefault() ?? string.Empty).Trim();
}
