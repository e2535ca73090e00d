using CounterNode.Shared.Catalogue;
using Microsoft.Net.Http.Headers;

namespace CounterNode.Hub.Catalogue;

/// <summary>
/// The HTTP face of <see cref="CatalogueEntryToken"/> for the admin APIs (catalogue and calendar):
/// a GET answers the token as a strong <c>ETag</c> (<c>"h1-…"</c>); an edit sends it back in
/// <c>If-Match</c> (quoted or not) and is refused with 409 when the entry changed meanwhile.
/// No <c>If-Match</c> = no check (tools and scripts keep today's "last write wins").
/// </summary>
public static class ConcurrencyToken
{
    /// <summary>The expected token of a request, or null when it sends no <c>If-Match</c>.</summary>
    /// <exception cref="InvalidConcurrencyTokenException">Several values, <c>*</c>, a weak tag or not a token of the Hub.</exception>
    public static string? FromIfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers.IfMatch;
        if (values.Count == 0)
            return null;
        var text = string.Join(",", values.Where(v => v is not null)).Trim();
        if (text.Length == 0)
            return null;
        if (text.Contains(',', StringComparison.Ordinal))
            throw new InvalidConcurrencyTokenException("must carry one token, not a list.");
        if (text == "*")
            throw new InvalidConcurrencyTokenException("\"*\" is not supported.");
        if (text.StartsWith("W/", StringComparison.Ordinal))
            throw new InvalidConcurrencyTokenException("must be a strong tag (the Hub hands out no weak ones).");
        return FromForm(text.Trim('"'));
    }

    /// <summary>The token posted by a page form (hidden field), or null when the field is empty.</summary>
    /// <exception cref="InvalidConcurrencyTokenException">Not a token of the Hub.</exception>
    public static string? FromForm(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var token = value.Trim();
        return CatalogueEntryToken.IsWellFormed(token)
            ? token
            : throw new InvalidConcurrencyTokenException("is not a token handed out by the Hub.");
    }

    /// <summary>Sets the strong <c>ETag</c> of an answer.</summary>
    public static void SetETag(HttpResponse response, string token)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = new EntityTagHeaderValue("\"" + token + "\"").ToString();
    }
}
