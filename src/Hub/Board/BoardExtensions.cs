using CounterNode.Hub.Hall;
using CounterNode.Hub.Sync;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Board;

/// <summary>Registration of the supervisors' board and the hall display.</summary>
public static class BoardExtensions
{
    /// <summary>Options, login, read side, broadcaster. Call after the sync engine is registered (it decorates its poke sender).</summary>
    public static WebApplicationBuilder AddBoard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BoardOptions>()
            .Bind(builder.Configuration.GetSection(BoardOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BoardOptions>, BoardOptionsValidator>();
        services.AddBoardAuthentication();
        // Keys next to the Hub's data, not in a home folder a service account may not have; the login cookie survives restarts.
        var keys = builder.Configuration[BoardOptions.SectionName + ":" + nameof(BoardOptions.KeysDirectory)] ?? new BoardOptions().KeysDirectory;
        services.AddDataProtection()
            .SetApplicationName("CounterNode.Hub")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, keys)));
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<BoardQueries>();
        services.AddSingleton<DeviceHealthQueries>();
        services.AddSingleton<BoardSnapshotStore>();
        services.AddHostedService<BoardBroadcaster>();
        services.AddCommitSignal<BoardChangeSignal>();
        return builder;
    }

    /// <summary>Login middleware, the board's and hall's pages, APIs and hubs.</summary>
    public static WebApplication MapBoard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapBoardApi();
        app.MapHallApi();
        app.MapHub<BoardHub>(BoardHub.Path).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        app.MapHub<HallHub>(HallHub.Path).AllowAnonymous();
        if (app.Services.GetRequiredService<IOptions<BoardOptions>>().Value.Supervisors.Count == 0)
            BoardLog.NoSupervisors(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BoardExtensions)));
        return app;
    }
}
