using CounterNode.Shared.Dossiers;

namespace CounterNode.Shared.Errors;

/// <summary>
/// A refusal or a delay report came without a written reason. RULES 7 (Điều 13.5, 6.1.đ):
/// the center must be able to tell the citizen why, in writing, so a blank reason is refused.
/// </summary>
public sealed class ReasonRequiredException : DomainException
{
    /// <param name="dossierCode">Code of the dossier the action was for.</param>
    /// <param name="attemptedAction">The action that needs a reason.</param>
    public ReasonRequiredException(string dossierCode, DossierAction attemptedAction)
        : base(
            "dossier.reason-required",
            $"Dossier {dossierCode}: a written reason is required to {DossierText.EnglishInfinitive(attemptedAction)}.",
            $"Hồ sơ {dossierCode}: phải ghi rõ lý do bằng văn bản để {DossierText.Vietnamese(attemptedAction)}.")
    {
        DossierCode = dossierCode;
        AttemptedAction = attemptedAction;
    }

    /// <summary>Code of the dossier.</summary>
    public string DossierCode { get; }

    /// <summary>The action that was refused for lack of a reason.</summary>
    public DossierAction AttemptedAction { get; }
}
