using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CounterNode.ServiceDefaults.Logging;

/// <summary>
/// Writes one line at start: version, role, environment and where configuration came from.
/// Only the names of configuration sources are logged, never their values, so keys and
/// connection strings cannot leak into log files.
/// </summary>
internal sealed partial class StartupLogger(
    StartupInfo info,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<StartupLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var version = Assembly.GetEntryAssembly()?
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var role = configuration["Node:Role"] ?? info.Component;
        var sources = configuration is IConfigurationRoot root
            ? string.Join(", ", ConfigurationSources.Describe(root))
            : "unknown";
        LogStarted(logger, info.Component, version, role, environment.EnvironmentName, sources);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        LogStopping(logger, info.Component);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "CounterNode {Component} {Version} starting as {Role} in {Environment}; configuration from {ConfigurationSources}")]
    private static partial void LogStarted(ILogger logger, string component, string version, string role, string environment, string configurationSources);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "CounterNode {Component} stopping")]
    private static partial void LogStopping(ILogger logger, string component);
}
