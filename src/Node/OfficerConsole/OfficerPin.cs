using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// PIN hashes for <c>Queue:Officers[].PinHash</c>: PBKDF2-SHA256 with a random salt, stored as
/// <c>pbkdf2-sha256$iterations$salt$hash</c> (base64). A short PIN is weak against offline
/// guessing, so the hash only keeps it out of plain sight in configuration; the console itself
/// is reachable from loopback only.
/// </summary>
public static class OfficerPin
{
    private const string Scheme = "pbkdf2-sha256";
    private const int HashBytes = 32;

    /// <summary>Iterations used by <see cref="Hash"/> by default.</summary>
    public const int DefaultIterations = 100_000;

    /// <summary>A new hash of <paramref name="pin"/>.</summary>
    public static string Hash(string pin, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(pin);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="pin"/> matches <paramref name="stored"/>; false for a wrong PIN or a malformed hash.</summary>
    public static bool Verify(string? pin, string? stored)
    {
        if (string.IsNullOrEmpty(pin) || string.IsNullOrEmpty(stored))
            return false;
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
            return false;
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
