using CounterNode.Node.Queue;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Tickets;

namespace CounterNode.Node.Kiosk;

/// <summary>The kiosk's touch page and API (served on loopback: the kiosk browser runs on the same PC).</summary>
public static class KioskEndpoints
{
    /// <summary>Maps <c>GET /kiosk</c>, <c>GET /api/kiosk/services</c> and <c>POST /api/kiosk/tickets</c>.</summary>
    public static IEndpointRouteBuilder MapKioskApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/kiosk", () => TypedResults.Content(KioskPage.Html, "text/html; charset=utf-8"));
        var api = app.MapGroup("/api/kiosk");
        api.MapGet("/services", async (QueueCatalog catalog, QueueClock clock, QueueReader reader, CancellationToken ct) =>
        {
            var waiting = (await reader.ReadAsync(clock.Today, ct).ConfigureAwait(false)).Waiting();
            return TypedResults.Ok(new
            {
                services = catalog.Services.Select(s => new KioskServiceItem(s.Prefix, s.Name, s.CounterHint, waiting.Count(t => t.Prefix == s.Prefix))),
                priorities = Enum.GetValues<PriorityCategory>().Select(c => new { id = c.ToString(), name = PriorityCategoryNames.Vietnamese(c) }),
            });
        });
        api.MapPost("/tickets", async (KioskTicketRequest request, TicketIssuer issuer, CancellationToken ct) =>
        {
            try
            {
                var ticket = await issuer.IssueAsync(request, ct).ConfigureAwait(false);
                return Results.Created($"/api/kiosk/tickets/{ticket.TicketId:D}", ticket);
            }
            catch (DomainException ex)
            {
                return QueueProblems.From(ex);
            }
        });
        return app;
    }
}
