using Microsoft.AspNetCore.Builder;

namespace CounterNode.ServiceDefaults;

/// <summary>Creates the application builder of the Hub and the Node.</summary>
public static class CounterNodeBuilder
{
    /// <summary>The host setting that decides whether appsettings*.json are watched for changes.</summary>
    public const string ReloadConfigOnChangeArgument = "--hostBuilder:reloadConfigOnChange=false";

    /// <summary>
    /// <see cref="WebApplication.CreateBuilder(string[])"/> without watching appsettings*.json for
    /// changes. Why: options are validated once at start and never re-read, so a reload would
    /// change nothing, and the watcher is recursive over the content root, where the databases
    /// live (data/): a CPU profile of the Hub under 200 nodes showed it handling file events for
    /// every write of the SQLite WAL. The command line can still turn it back on (it comes later).
    /// </summary>
    public static WebApplicationBuilder Create(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return WebApplication.CreateBuilder([ReloadConfigOnChangeArgument, .. args]);
    }
}
