using System.Net;

namespace CounterNode.Node.Sync;

/// <summary>
/// The Hub answered but refused the request (bad request, unknown node, wrong key, protocol
/// version). Retrying the same request will not help; an operator must look.
/// </summary>
public sealed class HubRequestRefusedException : Exception
{
    public HubRequestRefusedException(string operation, HttpStatusCode statusCode, string detail)
        : base($"The Hub refused {operation} with {(int)statusCode} {statusCode}: {detail}")
    {
        Operation = operation;
        StatusCode = statusCode;
    }

    /// <summary>Which protocol step was refused.</summary>
    public string Operation { get; }

    /// <summary>HTTP status of the refusal.</summary>
    public HttpStatusCode StatusCode { get; }
}
