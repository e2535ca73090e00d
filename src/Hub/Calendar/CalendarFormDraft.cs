namespace CounterNode.Hub.Calendar;

/// <summary>
/// What a refused calendar form posted, shown again in that same form so nothing has to be typed
/// twice (a wrong date, or a year someone else saved meanwhile).
/// </summary>
/// <param name="Form">The form's element id (<c>add-day-off</c>, <c>add-make-up</c>, <c>tet</c>, <c>national-day</c>); null for a removal (nothing typed).</param>
/// <param name="Date">Posted <c>date</c>.</param>
/// <param name="Reason">Posted <c>reason</c>.</param>
/// <param name="Days">Posted <c>days</c> (the Tết textarea).</param>
/// <param name="Day">Posted <c>day</c> (the National Day select).</param>
public sealed record CalendarFormDraft(string? Form, string? Date, string? Reason, string? Days, string? Day)
{
    /// <summary>The draft of a form posted for change <paramref name="done"/> (the page's <c>done=</c> key).</summary>
    public static CalendarFormDraft From(string done, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var id = done switch
        {
            "day-off" => "add-day-off",
            "make-up" => "add-make-up",
            "tet" => "tet",
            "national-day" => "national-day",
            _ => null,
        };
        return new CalendarFormDraft(id, form["date"].FirstOrDefault(), form["reason"].FirstOrDefault(), form["days"].FirstOrDefault(), form["day"].FirstOrDefault());
    }

    /// <summary>The posted value of <paramref name="field"/> when this draft belongs to form <paramref name="form"/>, else null.</summary>
    public string? For(string form, Func<CalendarFormDraft, string?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return string.Equals(Form, form, StringComparison.Ordinal) ? field(this) : null;
    }
}
