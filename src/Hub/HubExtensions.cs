using CounterNode.Hub.Board;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Health;
using CounterNode.Hub.Sync;

namespace CounterNode.Hub;

/// <summary>Service registration and endpoint mapping for the Hub (keeps Program.cs tiny).</summary>
public static class HubExtensions
{
    public static WebApplicationBuilder AddHub(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<HubOptions>()
            .Bind(builder.Configuration.GetSection(HubOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddProblemDetails();
        builder.AddHubSync();
        builder.AddBoard();
        return builder;
    }

    public static WebApplication MapHub(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.MapHealthApi();
        app.MapSyncApi();
        app.MapBoard();
        return app;
    }
}
