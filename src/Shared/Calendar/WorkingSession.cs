using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>A working session of the day, e.g. 07:00–11:00; <see cref="End"/> is exclusive.</summary>
/// <param name="Start">First minute of the session.</param>
/// <param name="End">When the session ends (not part of it).</param>
public sealed record WorkingSession(TimeOnly Start, TimeOnly End)
{
    /// <summary>True if <paramref name="time"/> is in [<see cref="Start"/>, <see cref="End"/>).</summary>
    public bool Contains(TimeOnly time) => time >= Start && time < End;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:HH\\:mm}–{End:HH\\:mm}");
}
