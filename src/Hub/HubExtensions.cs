using CounterNode.Hub.Board;
using CounterNode.Hub.Calendar;
using CounterNode.Hub.Catalogue;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Departments;
using CounterNode.Hub.Dossiers;
using CounterNode.Hub.Health;
using CounterNode.Hub.Rotation;
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
        builder.AddDossierHub(); // before the board: the board's poke observer must stay the outermost
        builder.AddBoard();
        builder.AddDepartments();
        builder.AddCatalogue();
        builder.AddRotation();
        builder.AddCalendarAdmin();
        return builder;
    }

    public static WebApplication MapHub(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.MapHealthApi();
        app.MapSyncApi();
        app.MapBoard();
        app.MapDepartments();
        app.MapCatalogue();
        app.MapRotation(); // after the board: its login and anti-forgery middleware guard the editor
        app.MapCalendarAdmin();
        return app;
    }
}
