using CounterNode.Shared.Catalogue;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// PIN hashes for <c>Queue:Officers[].PinHash</c> and synced officers: PBKDF2-SHA256 with a
/// random salt, stored as <c>pbkdf2-sha256$iterations$salt$hash</c> (base64). The format lives in
/// <see cref="CredentialHash"/> (Shared) because the Hub hashes PINs set in its admin page too.
/// A short PIN is weak against offline guessing, so the hash only keeps it out of plain sight;
/// the console itself is reachable from loopback only.
/// </summary>
public static class OfficerPin
{
    /// <summary>Iterations used by <see cref="Hash"/> by default.</summary>
    public const int DefaultIterations = CredentialHash.DefaultIterations;

    /// <summary>A new hash of <paramref name="pin"/>.</summary>
    public static string Hash(string pin, int iterations = DefaultIterations) => CredentialHash.Hash(pin, iterations);

    /// <summary>True when <paramref name="pin"/> matches <paramref name="stored"/>; false for a wrong PIN or a malformed hash.</summary>
    public static bool Verify(string? pin, string? stored) => CredentialHash.Verify(pin, stored);
}
