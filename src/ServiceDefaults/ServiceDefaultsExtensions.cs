using CounterNode.ServiceDefaults.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
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
    /// <summary>Setting bounding a graceful shutdown (SIGTERM / Ctrl+C).</summary>
    public const string ShutdownTimeoutKey = "Host:ShutdownTimeout";

    /// <summary>Default bound of a graceful shutdown.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(5);

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

        // A SignalR or server-sent-events client that reconnects while the host drains can hold a
        // graceful shutdown for the host's whole default 30 s (dotnet/aspnetcore#53165), and systemd
        // or an operator then waits for nothing. Every request here is short, and every sync request is
        // one transaction the client retries, so after this bound whatever is still open is aborted.
        var configured = builder.Configuration[ShutdownTimeoutKey];
        builder.Services.Configure<HostOptions>(o =>
            o.ShutdownTimeout = HostShutdownSetting.TryRead(configured, out var bound) ? bound : DefaultShutdownTimeout);
        builder.Services.AddOptions<HostShutdownSetting>()
            .Configure(o => o.Text = configured)
            .Validate(o => HostShutdownSetting.TryRead(o.Text, out _),
                $"{ShutdownTimeoutKey} must be a time span between 00:00:00.001 and 00:05:00 (default {DefaultShutdownTimeout:c}).")
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new StartupInfo(component));
        builder.Services.AddHostedService<StartupLogger>();
        return builder;
    }
}
