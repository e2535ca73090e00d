using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CounterNode.Hub.Departments;

/// <summary>
/// Cookie login of the departments: its own scheme and cookie (path <c>/department</c>), apart
/// from the supervisors' board, so a department login never opens the board and the other way round.
/// </summary>
public static class DepartmentAuthentication
{
    /// <summary>Authentication scheme.</summary>
    public const string Scheme = "department";

    /// <summary>Authorization policy of the department page and API.</summary>
    public const string Policy = "department-officer";

    /// <summary>Claim carrying the department code the account acts for.</summary>
    public const string DepartmentClaim = "counternode:department";

    /// <summary>Cookie name.</summary>
    public const string CookieName = "counternode.department";

    public const string BasePath = "/department";

    public const string LoginPath = "/department/login";

    public const string LogoutPath = "/department/logout";

    /// <summary>Registers the scheme and the policy (the board registers the default cookie scheme and anti-forgery).</summary>
    public static IServiceCollection AddDepartmentAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddCookie(Scheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.Path = BasePath;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = LoginPath;
                o.LogoutPath = LogoutPath;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context =>
                {
                    // The page gets the login page; the API gets a plain 401.
                    if (context.Request.Path.StartsWithSegments(BasePath + "/api", StringComparison.OrdinalIgnoreCase))
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    else
                        context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(DepartmentClaim));
        services.AddAntiforgery();
        return services;
    }

    /// <summary>The department code of a signed-in department user.</summary>
    /// <exception cref="InvalidOperationException">The user has no department claim (the policy prevents this).</exception>
    public static string DepartmentOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(DepartmentClaim) ?? throw new InvalidOperationException("The signed-in user has no department.");
    }
}
