namespace CounterNode.Shared.Errors;

/// <summary>
/// Base of every rule the domain refuses. <see cref="Code"/> is stable and machine-readable
/// (it becomes the problem type of an HTTP answer and the reason of a rejected mutation);
/// <see cref="Exception.Message"/> is English for logs; <see cref="DisplayMessage"/> is
/// Vietnamese for screens and paper. Messages never carry citizens' personal data.
/// </summary>
public abstract class DomainException : Exception
{
    protected DomainException(string code, string message, string? displayMessage = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        DisplayMessage = displayMessage ?? message;
    }

    /// <summary>Stable dotted code, e.g. <c>dossier.supplement-already-requested</c>.</summary>
    public string Code { get; }

    /// <summary>Vietnamese text for officers and citizens (falls back to the English message).</summary>
    public string DisplayMessage { get; }
}
