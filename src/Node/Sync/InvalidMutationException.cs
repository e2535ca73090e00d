using CounterNode.Shared.Errors;

namespace CounterNode.Node.Sync;

/// <summary>A mutation request is malformed (bad type name, payload not a JSON object, too large).</summary>
public sealed class InvalidMutationException(string message)
    : DomainException("sync.invalid-mutation", message);
