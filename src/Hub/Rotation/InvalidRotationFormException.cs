using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Rotation;

/// <summary>A field of the rotation editor's form cannot be read (not a date, not a number…); nothing was changed.</summary>
public sealed class InvalidRotationFormException(string field, string vietnameseProblem)
    : DomainException(ErrorCode, $"Rotation form: field '{field}' is invalid.", vietnameseProblem)
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.invalid-form";

    /// <summary>The form field.</summary>
    public string Field { get; } = field;
}
