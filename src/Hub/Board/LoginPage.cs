using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CounterNode.Hub.Board;

/// <summary>Renders a login page template (board, department) with its error line and anti-forgery field.</summary>
public static class LoginPage
{
    /// <summary>Fills <c>{{center}}</c>, <c>{{error}}</c>, <c>{{error-hidden}}</c> and the anti-forgery placeholders of the embedded <paramref name="asset"/>.</summary>
    public static ContentHttpResult Render(HttpContext http, IAntiforgery antiforgery, string asset, string centerName, string? error)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var tokens = antiforgery.GetAndStoreTokens(http);
        var message = error switch
        {
            "invalid" => "Sai tên đăng nhập hoặc mật khẩu.",
            "locked" => "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ít phút.",
            _ => string.Empty,
        };
        var html = BoardAssets.Text(asset)
            .Replace("{{center}}", WebUtility.HtmlEncode(centerName), StringComparison.Ordinal)
            .Replace("{{error}}", WebUtility.HtmlEncode(message), StringComparison.Ordinal)
            .Replace("{{error-hidden}}", message.Length == 0 ? "hidden" : string.Empty, StringComparison.Ordinal)
            .Replace("{{antiforgery-field}}", WebUtility.HtmlEncode(tokens.FormFieldName), StringComparison.Ordinal)
            .Replace("{{antiforgery-token}}", WebUtility.HtmlEncode(tokens.RequestToken ?? string.Empty), StringComparison.Ordinal);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
