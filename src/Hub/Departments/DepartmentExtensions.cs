using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Departments;

/// <summary>Registration of the department page.</summary>
public static class DepartmentExtensions
{
    /// <summary>Options, login scheme and the decision service. Needs the dossier side (<c>AddDossierHub</c>) and the board (anti-forgery, login throttle).</summary>
    public static WebApplicationBuilder AddDepartments(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DepartmentOptions>()
            .Bind(builder.Configuration.GetSection(DepartmentOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DepartmentOptions>, DepartmentOptionsValidator>();
        services.AddDepartmentAuthentication();
        services.AddSingleton<DepartmentDossierService>();
        return builder;
    }

    /// <summary>Maps <c>/department…</c>; call after the board (it adds the authentication and anti-forgery middleware).</summary>
    public static WebApplication MapDepartments(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapDepartmentApi();
        return app;
    }
}
