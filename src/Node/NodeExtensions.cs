using CounterNode.Node.Configuration;
using CounterNode.Node.Hosting;

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
        return builder;
    }

    public static WebApplication MapNode(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        return app;
    }
}
