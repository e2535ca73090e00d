using System.Text.Json;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Sync;

/// <summary>
/// One local change, as recorded in a node's outbox and pushed to the Hub. The Hub re-runs it
/// through the domain rules (it is an intent with its facts, not a row image).
/// </summary>
/// <param name="NodeId">The node that made the change.</param>
/// <param name="MutationId">Per-node sequence, 1, 2, 3… without gaps.</param>
/// <param name="Id">UUIDv7 of the mutation (globally unique, time-ordered).</param>
/// <param name="Type">Mutator name, e.g. <c>ticket.issue</c>.</param>
/// <param name="Payload">Mutator arguments (JSON object).</param>
/// <param name="Hlc">Hybrid logical clock reading when the change was made.</param>
/// <param name="Officer">Officer signed in at the node, if any.</param>
/// <param name="PreviousHash">Hash of the node's previous outbox entry ("" for the first).</param>
/// <param name="Hash">SHA-256 over the previous hash and this entry (see <see cref="MutationHasher"/>).</param>
public sealed record Mutation(
    string NodeId,
    long MutationId,
    Guid Id,
    string Type,
    JsonElement Payload,
    HybridTimestamp Hlc,
    string? Officer,
    string PreviousHash,
    string Hash);
