using System.Security.Cryptography;
using System.Text;

namespace CounterNode.Hub.Sync;

/// <summary>
/// Hashes node keys for storage. Keys are long random secrets, not passwords, so a single
/// SHA-256 resists guessing; comparison is constant-time.
/// </summary>
public static class NodeKeyHasher
{
    /// <summary>Hex SHA-256 of a key.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>True when <paramref name="key"/> hashes to <paramref name="storedHash"/>.</summary>
    public static bool Verify(string key, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(storedHash);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
    }
}
