using Microsoft.AspNetCore.Antiforgery;

namespace CounterNode.Hub.Departments;

/// <summary>
/// Checks the anti-forgery token of a JSON post (header <c>RequestVerificationToken</c>, paired
/// with the anti-forgery cookie). The framework's middleware only enforces it for form binding;
/// the department's decisions are JSON, so they are checked here and refused with a problem answer.
/// </summary>
public sealed class AntiforgeryCheckFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return TypedResults.Problem(
                detail: "Phiên làm việc đã hết hạn hoặc yêu cầu không hợp lệ. Vui lòng tải lại trang và thử lại.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Yêu cầu không hợp lệ",
                type: "urn:counternode:error:antiforgery");
        }

        return await next(context);
    }
}
