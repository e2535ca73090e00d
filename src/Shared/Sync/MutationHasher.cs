using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Sync;

/// <summary>
/// Hash chain of outbox entries (RULES 11: history is append-only and tamper-evident). Each
/// entry's hash covers the previous hash and every field, so editing or deleting any entry
/// breaks every later link. Fields are joined with a unit separator (0x1F), which cannot
/// occur in the JSON payload's canonical text unescaped.
/// </summary>
public static class MutationHasher
{
    /// <summary>Hex SHA-256 of an entry given the previous entry's hash.</summary>
    public static string Compute(
        string previousHash, string nodeId, long mutationId, Guid id, string type, string payloadJson, HybridTimestamp hlc, string? officer)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(nodeId);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(payloadJson);
        var text = string.Join('\u001f',
            previousHash,
            nodeId,
            mutationId.ToString(CultureInfo.InvariantCulture),
            id.ToString("D"),
            type,
            payloadJson,
            hlc.Value.ToString(CultureInfo.InvariantCulture),
            officer ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Recomputes the hash of a mutation as pushed.</summary>
    public static string Compute(Mutation mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        return Compute(mutation.PreviousHash, mutation.NodeId, mutation.MutationId, mutation.Id, mutation.Type,
            mutation.Payload.GetRawText(), mutation.Hlc, mutation.Officer);
    }
}
