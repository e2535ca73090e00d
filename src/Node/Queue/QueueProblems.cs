using CounterNode.Node.Sync;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Node.Queue;

/// <summary>
/// Turns a refused queue action into an RFC 7807 problem: the stable code as the problem type
/// (and a <c>code</c> extension), the English reason as title, the Vietnamese text as detail
/// for the screen. Nothing was changed when one of these is returned.
/// </summary>
public static class QueueProblems
{
    /// <summary>The problem answer for <paramref name="ex"/>.</summary>
    public static IResult From(DomainException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var status = ex switch
        {
            InvalidMutationPayloadException or InvalidMutationException or UnknownServiceException => StatusCodes.Status400BadRequest,
            OfficerConsole.SignInFailedException or OfficerConsole.BadgeNotRecognisedException or OfficerConsole.NotSignedInException => StatusCodes.Status401Unauthorized,
            ReserveExhaustedException => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status409Conflict,
        };
        return TypedResults.Problem(
            detail: ex.DisplayMessage,
            statusCode: status,
            title: ex.Message,
            type: "urn:counternode:problem:" + ex.Code,
            extensions: new Dictionary<string, object?> { ["code"] = ex.Code });
    }
}
