using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>A mutation's payload does not have the shape its mutator expects (missing or malformed field).</summary>
public sealed class InvalidMutationPayloadException(string type, string problem)
    : DomainException(ErrorCode, $"Payload of '{type}' is invalid: {problem}", "Dữ liệu của thao tác không hợp lệ.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "sync.invalid-payload";

    /// <summary>The mutation type.</summary>
    public string Type { get; } = type;
}
