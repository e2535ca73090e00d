using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CounterNode.Hub.Sync;

/// <summary>
/// Hash chain of the Hub's change log (RULES 11): each entry's hash covers the previous
/// entry's hash and every field, so editing, inserting or deleting an entry breaks the chain
/// at that point. Fields are joined with the unit separator 0x1F.
/// </summary>
public static class ChangeLogHasher
{
    /// <summary>Hex SHA-256 of an entry.</summary>
    public static string Compute(
        string previousHash, long version, string entityType, string entityId, string scope, string? data, string nodeId, long mutationId)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var text = string.Join('\u001f',
            previousHash,
            version.ToString(CultureInfo.InvariantCulture),
            entityType,
            entityId,
            scope,
            data ?? "\u0000",
            nodeId,
            mutationId.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
