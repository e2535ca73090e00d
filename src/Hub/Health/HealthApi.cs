using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CounterNode.Hub.Health;

/// <summary>Liveness endpoint used by the run script, tests and load balancers.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapGet("/health", GetHealth);
        return routes;
    }

    private static Ok<HealthResponse> GetHealth(TimeProvider time) =>
        TypedResults.Ok(new HealthResponse(
            "ok",
            typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            time.GetUtcNow()));
}

/// <summary>Body of GET /health.</summary>
public sealed record HealthResponse(string Status, string Version, DateTimeOffset Time);
