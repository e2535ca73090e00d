using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// The optimistic-concurrency token of one catalogue entry: what an editor read, sent back with
/// its save so <c>catalogue.put</c> / <c>catalogue.remove</c> refuse to overwrite an entry that
/// changed meanwhile (<see cref="CatalogueChangedMeanwhileException"/>). It is a hash of the
/// stored JSON state, not a version counter, so it needs no schema change and is the same on
/// every Hub instance, and it is computed from the re-written JSON (no whitespace, one escaping)
/// so the Hub's reader (database text) and the mutator (session element) agree byte for byte.
/// </summary>
public static class CatalogueEntryToken
{
    /// <summary>The token of an entry that does not exist (never written or removed): "create only, do not overwrite".</summary>
    public const string Absent = "absent";

    private const string Prefix = "h1-";

    // 128 bits of SHA-256 are plenty to tell two states of one entry apart; the token is not a secret.
    private const int HashBytes = 16;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>The token of an entry's stored state; <see cref="Absent"/> for null.</summary>
    public static string Of(JsonElement? data)
    {
        if (data is not { } element || element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            return Absent;
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
            element.WriteTo(writer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Prefix + Convert.ToHexStringLower(hash[..HashBytes]);
    }

    /// <summary>The token of an entity as a mutator sees it; <see cref="Absent"/> for null.</summary>
    public static string Of(SessionEntity? entity) => Of(entity?.Data);

    /// <summary>True when <paramref name="token"/> has the shape of a token (absent or a hash); anything else is a client error.</summary>
    public static bool IsWellFormed(string? token) =>
        token is not null
        && (token == Absent
            || (token.Length == Prefix.Length + (HashBytes * 2)
                && token.StartsWith(Prefix, StringComparison.Ordinal)
                && !token.AsSpan(Prefix.Length).ContainsAnyExcept(LowerHex)));

    /// <summary>
    /// Refuses a write when <paramref name="expected"/> is given and the entry's current state is
    /// not the one it names. Null = no check (seeding, tools, older callers: today's behaviour).
    /// </summary>
    /// <exception cref="InvalidCatalogueEntryException">The token is malformed.</exception>
    /// <exception cref="CatalogueChangedMeanwhileException">The entry changed since the token was read.</exception>
    public static void Check(string entityType, string id, string? expected, SessionEntity? current)
    {
        if (expected is null)
            return;
        if (!IsWellFormed(expected))
        {
            throw new InvalidCatalogueEntryException(entityType, id, "expectedToken",
                $"'{Truncate(expected)}' is not a token returned by the Hub (\"{Absent}\" or \"{Prefix}\" + 32 hex digits).",
                "mã phiên bản gửi kèm không hợp lệ; hãy tải lại trang rồi sửa lại.");
        }

        var actual = Of(current);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
            throw new CatalogueChangedMeanwhileException(entityType, id, expected, actual);
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
