using CounterNode.Node.Queue;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Refused dossier actions as RFC 7807 problems (stable code as type, English title, Vietnamese
/// detail): unknown → 404, malformed code or form → 400, outside this counter's departments → 403, no open notice → 409, notice printer unavailable → 503, the rest as the queue maps them. Nothing was changed.
/// </summary>
public static class DossierProblems
{
    /// <summary>The problem answer for <paramref name="ex"/>.</summary>
    public static IResult From(DomainException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        int? status = ex switch
        {
            DossierNotFoundException or ProcedureNotFoundException => StatusCodes.Status404NotFound,
            DossierCodeFormatException or UnknownNoticeFormException => StatusCodes.Status400BadRequest,
            DossierOutsideScopeException => StatusCodes.Status403Forbidden,
            NoOpenNoticeException => StatusCodes.Status409Conflict,
            NoticePrinterUnavailableException => StatusCodes.Status503ServiceUnavailable,
            _ => null,
        };
        if (status is null)
            return QueueProblems.From(ex);
        return TypedResults.Problem(
            detail: ex.DisplayMessage,
            statusCode: status,
            title: ex.Message,
            type: "urn:counternode:problem:" + ex.Code,
            extensions: new Dictionary<string, object?> { ["code"] = ex.Code });
    }
}
