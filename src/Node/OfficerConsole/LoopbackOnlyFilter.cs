using System.Net;

namespace CounterNode.Node.OfficerConsole;

/// <summary>The officer console answers only to the counter PC itself (RULES 11: no access from the hall network).</summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    /// <summary>True for a loopback peer (IPv4, IPv6 or IPv4-mapped).</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && (IPAddress.IsLoopback(address) || (address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4())));

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!IsLoopback(context.HttpContext.Connection.RemoteIpAddress))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                title: "The console is available on this PC only.", detail: "Chỉ sử dụng bàn điều khiển trên máy của quầy.",
                statusCode: StatusCodes.Status403Forbidden));
        }

        return next(context);
    }
}
