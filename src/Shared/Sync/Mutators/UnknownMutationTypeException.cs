using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>
/// No mutator handles a mutation type (a version mismatch between node and Hub). The Hub
/// records such a mutation as rejected: retrying cannot fix it.
/// </summary>
public sealed class UnknownMutationTypeException(string type)
    : DomainException(ErrorCode, $"No mutator handles mutation type '{type}'.", $"Loại thao tác '{type}' không được hỗ trợ.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "sync.unknown-mutation-type";

    /// <summary>The unknown type.</summary>
    public string Type { get; } = type;
}
