using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// The barcode printed on an officer's badge: <c>CB:&lt;officerId&gt;:&lt;secret&gt;</c> (Code 128 or QR).
/// The officer id says whose badge it is; the secret (16 characters of an unambiguous base-32
/// alphabet, ~80 bits) proves it is the badge the Hub issued — only its hash is stored
/// (<see cref="OfficerEntity.BadgeHash"/>), so reissuing a badge makes the old one useless.
/// A badge alone never signs anyone in: the PIN is still asked for.
/// </summary>
public static class OfficerBadge
{
    /// <summary>Prefix that tells a badge scan apart from tickets and dossier codes.</summary>
    public const string Prefix = "CB:";

    /// <summary>Length of a secret made by <see cref="NewSecret"/>.</summary>
    public const int SecretLength = 16;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>True when <paramref name="scan"/> looks like a badge (starts with <see cref="Prefix"/>).</summary>
    public static bool IsBadge([NotNullWhen(true)] string? scan) =>
        scan is not null && scan.Trim().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>A new random badge secret.</summary>
    public static string NewSecret() => RandomNumberGenerator.GetString(Alphabet, SecretLength);

    /// <summary>The barcode text of a badge.</summary>
    public static string Format(string officerId, string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        return Prefix + officerId + ":" + secret;
    }

    /// <summary>Splits a scanned badge into officer id and secret; false when it is not a well-formed badge.</summary>
    public static bool TryParse(string? scan, [NotNullWhen(true)] out string? officerId, [NotNullWhen(true)] out string? secret)
    {
        officerId = secret = null;
        if (!IsBadge(scan))
            return false;
        var body = scan.Trim()[Prefix.Length..];
        var colon = body.LastIndexOf(':');
        if (colon <= 0 || colon == body.Length - 1)
            return false;
        officerId = body[..colon];
        secret = body[(colon + 1)..];
        return CatalogueRules.IsOfficerId(officerId);
    }

    /// <summary>What may be logged of a scanned badge: the officer id part only, never the secret.</summary>
    public static string Redact(string? scan) =>
        TryParse(scan, out var officerId, out _) ? Prefix + officerId + ":***" : "(not a badge)";
}
