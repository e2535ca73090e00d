using CounterNode.Shared.Codes;

namespace CounterNode.Shared.Errors;

/// <summary>
/// A text that is not a dossier code (typed, scanned or received). Names the part at fault and
/// the rule broken; never repeats the input (see <see cref="DossierCodeError"/>).
/// </summary>
public sealed class DossierCodeFormatException : DomainException
{
    /// <param name="error">What is wrong.</param>
    public DossierCodeFormatException(DossierCodeError error)
        : base(error?.Code ?? throw new ArgumentNullException(nameof(error)), error.Message, error.DisplayMessage)
    {
        Error = error;
    }

    /// <summary>The full error.</summary>
    public DossierCodeError Error { get; }

    /// <summary>The part at fault.</summary>
    public DossierCodePart Part => Error.Part;

    /// <summary>The rule broken.</summary>
    public DossierCodeErrorReason Reason => Error.Reason;
}
