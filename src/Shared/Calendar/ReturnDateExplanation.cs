namespace CounterNode.Shared.Calendar;

/// <summary>
/// Why a return date is what it is, as an ordered list of steps a receipt or an officer can show
/// (receipt time, start of counting, skipped weekends and holidays, make-up days, return).
/// </summary>
/// <param name="Steps">The steps, in order.</param>
public sealed record ReturnDateExplanation(IReadOnlyList<ReturnDateStep> Steps)
{
    /// <summary>The steps of one kind, in order.</summary>
    public IEnumerable<ReturnDateStep> OfKind(ReturnDateStepKind kind) => Steps.Where(s => s.Kind == kind);

    /// <summary>The Vietnamese text, one step per line.</summary>
    public string ToVietnamese() => string.Join('\n', Steps.Select(s => s.Vietnamese));

    /// <summary>The English text, one step per line.</summary>
    public string ToEnglish() => string.Join('\n', Steps.Select(s => s.English));

    /// <inheritdoc />
    public override string ToString() => ToEnglish();
}
