using CounterNode.Node.Configuration;
using CounterNode.Node.Demo;
using CounterNode.Node.Devices.Display.Hosting;
using CounterNode.Node.Devices.Display.Web;
using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Scanning.Hosting;
using CounterNode.Node.Devices.Voice.Hosting;
using CounterNode.Node.Dossiers;
using CounterNode.Node.Hall;
using CounterNode.Node.Health;
using CounterNode.Node.Hosting;
using CounterNode.Node.Kiosk;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Queue;
using CounterNode.Node.Rotation;
using CounterNode.Node.Sync;

namespace CounterNode.Node;

/// <summary>Service registration and endpoint mapping for a Node (keeps Program.cs tiny).</summary>
public static class NodeExtensions
{
    public static WebApplicationBuilder AddNode(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<NodeOptions>()
            .Bind(builder.Configuration.GetSection(NodeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHostedService<NodeLifetimeService>();
        builder.Services.AddNodeSync(builder.Configuration);
        builder.Services.AddPrinting(builder.Configuration);
        builder.Services.AddDisplay(builder.Configuration);
        builder.Services.AddScanner(builder.Configuration);
        builder.Services.AddVoice(builder.Configuration);
        builder.Services.AddQueue(builder.Configuration);
        builder.Services.AddCounterRotation();
        builder.Services.AddDossiers(builder.Configuration);
        builder.Services.AddDemoMode(builder.Configuration);
        builder.Services.AddConsoleLivePush();
        builder.Services.AddHall(builder.Configuration);
        builder.Services.AddDeviceHealth(builder.Configuration);
        return builder;
    }

    public static WebApplication MapNode(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        app.MapKioskApi();
        app.MapDossierApi();
        app.MapConsoleApi();
        app.MapCounterDisplayPage();
        app.MapConsoleEvents();
        app.MapHall(app.Configuration);
        return app;
    }
}
