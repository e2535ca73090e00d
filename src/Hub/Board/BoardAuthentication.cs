using Microsoft.AspNetCore.Authentication.Cookies;

namespace CounterNode.Hub.Board;

/// <summary>Cookie login of the supervisors (scheme, policy, paths).</summary>
public static class BoardAuthentication
{
    /// <summary>Authorization policy of the board's page, API and hub.</summary>
    public const string SupervisorPolicy = "board-supervisor";

    /// <summary>Role claim value every supervisor gets.</summary>
    public const string SupervisorRole = "supervisor";

    /// <summary>Cookie name (kept apart from anything else the Hub may add later).</summary>
    public const string CookieName = "counternode.board";

    public const string LoginPath = "/board/login";

    public const string LogoutPath = "/board/logout";

    /// <summary>Registers the cookie scheme and the supervisor policy.</summary>
    public static IServiceCollection AddBoardAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // the hall LAN may be plain HTTP behind no proxy
                o.LoginPath = LoginPath;
                o.LogoutPath = LogoutPath;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context =>
                {
                    // Pages get the login page; the API and the SignalR hub get a plain 401.
                    if (IsPage(context.Request.Path))
                        context.Response.Redirect(context.RedirectUri);
                    else
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(SupervisorPolicy, p => p.RequireAuthenticatedUser().RequireRole(SupervisorRole));
        services.AddAntiforgery();
        return services;
    }

    private static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/board/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments(BoardHub.Path, StringComparison.OrdinalIgnoreCase);
}
