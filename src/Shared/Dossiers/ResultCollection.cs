namespace CounterNode.Shared.Dossiers;

/// <summary>
/// Who collected a result (RULES 4): the person's name and, for a proxy, the authorisation
/// letter. Personal data: <see cref="ToString"/> is redacted.
/// </summary>
/// <param name="CollectorName">Name of the person who took the result.</param>
/// <param name="ByProxy">True when not the applicant.</param>
/// <param name="AuthorisationNote">The authorisation letter (number, date, issuer) for a proxy.</param>
/// <param name="OfficerId">Officer who handed it over.</param>
/// <param name="Counter">Counter number, if at a counter.</param>
/// <param name="At">When.</param>
public sealed record ResultCollection(string CollectorName, bool ByProxy, string? AuthorisationNote, string OfficerId, int? Counter, DateTimeOffset At)
{
    /// <summary>Redacted: names never go into logs.</summary>
    public override string ToString() =>
        $"ResultCollection {{ ByProxy = {ByProxy}, OfficerId = {OfficerId}, At = {At:O} (collector redacted) }}";
}
