using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// Hashes of officers' PINs and badge secrets: PBKDF2-SHA256 with a random salt, stored as
/// <c>pbkdf2-sha256$iterations$salt$hash</c> (base64). The same format the node's
/// <c>Queue:Officers[].PinHash</c> always used, so configured and synced officers mix. A short
/// PIN is weak against offline guessing, so the hash only keeps it out of plain sight in the
/// catalogue and configuration; the officer console is reachable from loopback only.
/// </summary>
public static class CredentialHash
{
    private const string Scheme = "pbkdf2-sha256";
    private const int HashBytes = 32;

    /// <summary>Iterations used by <see cref="Hash"/> by default.</summary>
    public const int DefaultIterations = 100_000;

    /// <summary>A new hash of <paramref name="secret"/>.</summary>
    public static string Hash(string secret, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="secret"/> matches <paramref name="stored"/>; false for a wrong secret or a malformed hash.</summary>
    public static bool Verify(string? secret, string? stored)
    {
        if (string.IsNullOrEmpty(secret) || !TryRead(stored, out var iterations, out var salt, out var expected))
            return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>True when <paramref name="stored"/> has the hash format (says nothing about the secret).</summary>
    public static bool IsWellFormed(string? stored) => TryRead(stored, out _, out _, out _);

    private static bool TryRead(string? stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        if (string.IsNullOrEmpty(stored))
            return false;
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1)
            return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
            return salt.Length > 0 && hash.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
