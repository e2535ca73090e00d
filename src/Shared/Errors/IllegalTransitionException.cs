namespace CounterNode.Shared.Errors;

/// <summary>
/// An action was attempted on an entity whose state does not allow it, e.g. refusing a dossier
/// that was already returned. Carries the entity kind, its public identifier (ticket number or
/// dossier code, never personal data), the current state and the attempted action so callers
/// can log them as structured properties and reject the mutation with a precise reason.
/// </summary>
public sealed class IllegalTransitionException : DomainException
{
    /// <param name="entityKind">"Ticket" or "Dossier".</param>
    /// <param name="entityId">Public identifier: ticket number or dossier code.</param>
    /// <param name="currentState">Name of the state the entity is in.</param>
    /// <param name="attemptedAction">Name of the refused action.</param>
    /// <param name="message">English sentence for logs.</param>
    /// <param name="displayMessage">Vietnamese sentence for screens.</param>
    public IllegalTransitionException(
        string entityKind,
        string entityId,
        string currentState,
        string attemptedAction,
        string message,
        string displayMessage)
        : base(entityKind.ToLowerInvariant() + ".illegal-transition", message, displayMessage)
    {
        EntityKind = entityKind;
        EntityId = entityId;
        CurrentState = currentState;
        AttemptedAction = attemptedAction;
    }

    /// <summary>"Ticket" or "Dossier".</summary>
    public string EntityKind { get; }

    /// <summary>Ticket number or dossier code.</summary>
    public string EntityId { get; }

    /// <summary>The state the entity was in (enum member name).</summary>
    public string CurrentState { get; }

    /// <summary>The refused action (enum member name).</summary>
    public string AttemptedAction { get; }
}
