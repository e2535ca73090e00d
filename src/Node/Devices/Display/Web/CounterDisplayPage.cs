namespace CounterNode.Node.Devices.Display.Web;

/// <summary>
/// The web counter display (<c>Display:Kind = Web</c>): a full-screen page for a monitor above the
/// counter, showing the called number, the counter and the department on duty (shared counters
/// rotate). It polls <c>/display/state</c> once a second; text is set with textContent only.
/// </summary>
public static class CounterDisplayPage
{
    /// <summary>The page.</summary>
    public const string Html = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Màn hình quầy</title>
        <style>
          body { margin:0; height:100vh; display:flex; flex-direction:column; align-items:center; justify-content:center;
                 background:#06264a; color:#fff; font-family:"DejaVu Sans", sans-serif; text-align:center; }
          #counter { font-size:6vh; color:#ffd54f; }
          #number { font-size:22vh; font-weight:bold; min-height:24vh; }
          #department { font-size:5vh; margin-top:2vh; }
        </style>
        </head>
        <body>
          <div id="counter">&nbsp;</div>
          <div id="number">&nbsp;</div>
          <div id="department">&nbsp;</div>
          <script>
          "use strict";
          (function () {
            let version = -1;
            async function refresh() {
              try {
                const r = await fetch("/display/state", { headers: { "Accept": "application/json" } });
                if (!r.ok) return;
                const s = await r.json();
                if (s.version === version) return;
                version = s.version;
                document.getElementById("counter").textContent = s.counter ? "Quầy " + s.counter : "\u00a0";
                document.getElementById("number").textContent = s.screen === "call" && s.ticketNumber ? s.ticketNumber : "\u00a0";
                document.getElementById("department").textContent = s.department ? s.department : "\u00a0";
                document.body.dataset.screen = s.screen;
              } catch (e) {
                // the node restarts or the network blinks: keep the last screen
              }
            }
            setInterval(refresh, 1000);
            refresh();
          })();
          </script>
        </body>
        </html>
        """;

    /// <summary>Maps <c>GET /display</c> and <c>GET /display/state</c> when the node's display is the web page (404 otherwise).</summary>
    public static IEndpointRouteBuilder MapCounterDisplayPage(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/display", (ICounterDisplay display) => display is WebCounterDisplay
            ? Results.Content(Html, "text/html; charset=utf-8")
            : Results.NotFound());
        app.MapGet("/display/state", (ICounterDisplay display) => display is WebCounterDisplay web
            ? Results.Json(web.State, Json)
            : Results.NotFound());
        return app;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = CreateJson();

    private static System.Text.Json.JsonSerializerOptions CreateJson()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        return options;
    }
}
