using CounterNode.ServiceDefaults.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace CounterNode.ServiceDefaults;

/// <summary>
/// Wiring every CounterNode process shares (eShop's ServiceDefaults idea): Serilog configured
/// from appsettings.json, systemd integration, and one startup line that says what runs.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Adds Serilog (console + rolling file from configuration) and systemd support.</summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="component">"hub" or "node": used in log file names and the startup line.</param>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string component)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);

        // Type=notify under systemd; a no-op when started by hand or by tests.
        builder.Services.AddSystemd();

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Component", component));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new StartupInfo(component));
        builder.Services.AddHostedService<StartupLogger>();
        return builder;
    }
}
