using System.Text.Json;
using CounterNode.Hub.Board;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CounterNode.Hub.Catalogue;

/// <summary>
/// Admin API of the catalogue (<c>/board/api/catalogue…</c>, supervisors' cookie login, so an
/// unauthenticated call gets 401, not the login page). Refusals are RFC 7807 problem details:
/// <c>type</c>/<c>code</c> = domain code, <c>detail</c> = Vietnamese text, <c>field</c> when known.
/// Optimistic concurrency: <c>GET /{kind}/{id}</c> answers the entry's token as its <c>ETag</c>
/// (<c>GET /</c> lists every token in <c>tokens</c>); PUT, DELETE and the badge POST accept it
/// back in <c>If-Match</c> (<c>"absent"</c> = create only) and answer 409
/// <c>catalogue.changed-meanwhile</c> when the entry changed since. Without <c>If-Match</c> an
/// edit replaces whatever is stored (scripts, seeding).
/// </summary>
public static class CatalogueApi
{
    /// <summary>Route prefix of the API.</summary>
    public const string Prefix = "/board/api/catalogue";

    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var api = routes.MapGroup(Prefix).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        api.MapGet("/", GetAsync);
        api.MapPut("/officers/{id}", PutOfficerAsync);
        api.MapPost("/officers/{id}/badge", PostBadgeAsync);
        api.MapGet("/{kind}/{id}", GetEntryAsync);
        api.MapPut("/{kind}/{id}", PutAsync);
        api.MapDelete("/{kind}/{id}", DeleteAsync);
        return routes;
    }

    private static async Task<JsonHttpResult<CatalogueView>> GetAsync(CatalogueEditor editor, CancellationToken cancellationToken) =>
        TypedResults.Json(await editor.ViewAsync(cancellationToken), MutatorJson.Options);

    private static async Task<Results<JsonHttpResult<CatalogueEntryView>, ProblemHttpResult>> GetEntryAsync(
        string kind, string id, HttpContext http, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        try
        {
            var type = CatalogueKinds.Resolve(kind) ?? throw new UnknownCatalogueEntityTypeException(kind);
            var entry = await editor.ReadEntryAsync(type, id, cancellationToken) ?? throw new CatalogueEntryNotFoundException(type, id);
            ConcurrencyToken.SetETag(http.Response, entry.Token);
            return TypedResults.Json(entry, MutatorJson.Options);
        }
        catch (DomainException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<Results<JsonHttpResult<CatalogueSaved>, ProblemHttpResult>> PutAsync(
        string kind, string id, [FromBody] JsonElement data, HttpContext http, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        try
        {
            var type = CatalogueKinds.Resolve(kind) ?? throw new UnknownCatalogueEntityTypeException(kind);
            return Saved(http, await editor.PutAsync(type, id, data, User(http), ConcurrencyToken.FromIfMatch(http.Request), cancellationToken));
        }
        catch (DomainException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<Results<JsonHttpResult<CatalogueSaved>, ProblemHttpResult>> DeleteAsync(
        string kind, string id, HttpContext http, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        try
        {
            var type = CatalogueKinds.Resolve(kind) ?? throw new UnknownCatalogueEntityTypeException(kind);
            return Saved(http, await editor.RemoveAsync(type, id, User(http), ConcurrencyToken.FromIfMatch(http.Request), cancellationToken));
        }
        catch (DomainException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<Results<JsonHttpResult<CatalogueSaved>, ProblemHttpResult>> PutOfficerAsync(
        string id, [FromBody] OfficerEdit edit, HttpContext http, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        try
        {
            return Saved(http, await editor.SaveOfficerAsync(id, edit, User(http), ConcurrencyToken.FromIfMatch(http.Request), cancellationToken));
        }
        catch (DomainException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<Results<Ok<BadgeIssued>, ProblemHttpResult>> PostBadgeAsync(
        string id, HttpContext http, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await editor.IssueBadgeAsync(id, User(http), ConcurrencyToken.FromIfMatch(http.Request), cancellationToken));
        }
        catch (DomainException ex)
        {
            return Problem(ex);
        }
    }

    private static string User(HttpContext http) => http.User.Identity?.Name ?? "unknown";

    private static JsonHttpResult<CatalogueSaved> Saved(HttpContext http, CatalogueSaved saved)
    {
        ConcurrencyToken.SetETag(http.Response, saved.Token);
        return TypedResults.Json(saved, MutatorJson.Options);
    }

    private static ProblemHttpResult Problem(DomainException ex)
    {
        var status = ex switch
        {
            CatalogueEntryNotFoundException => StatusCodes.Status404NotFound,
            CatalogueEditRefusedException or CatalogueChangedMeanwhileException => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = ex.Code };
        var field = ex switch
        {
            InvalidCatalogueEntryException i => i.Field,
            CatalogueReferenceNotFoundException r => r.Field,
            _ => null,
        };
        if (field is not null)
            extensions["field"] = field;
        if (ex is CatalogueChangedMeanwhileException changed)
        {
            // Who reads the problem may not read Vietnamese (a script's log): the English text too.
            extensions["entityType"] = changed.EntityType;
            extensions["id"] = changed.Id;
            extensions["english"] = $"{changed.EntityType}/{changed.Id} was changed by someone else since you read it; reload it and edit again.";
        }
        return TypedResults.Problem(
            detail: ex.DisplayMessage,
            statusCode: status,
            title: "Thay đổi danh mục không được chấp nhận",
            type: "urn:counternode:" + ex.Code,
            extensions: extensions);
    }
}
