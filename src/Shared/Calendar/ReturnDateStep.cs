namespace CounterNode.Shared.Calendar;

/// <summary>
/// One step of how a return date was computed, e.g. "Bỏ qua 17–21/02/2026: Tết Nguyên đán".
/// <see cref="From"/>–<see cref="To"/> are the days the step is about (equal for a single day).
/// </summary>
/// <param name="Kind">What the step says.</param>
/// <param name="From">First day concerned.</param>
/// <param name="To">Last day concerned.</param>
/// <param name="Vietnamese">Text for the receipt and the officer's screen (full diacritics).</param>
/// <param name="English">Text for logs.</param>
public sealed record ReturnDateStep(ReturnDateStepKind Kind, DateOnly From, DateOnly To, string Vietnamese, string English)
{
    /// <inheritdoc />
    public override string ToString() => English;
}
