using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace CounterNode.LoadHarness;

/// <summary>
/// Tickets issued per second at one kiosk: the real Node process (kiosk role, demo open-all-hours,
/// no printer attached so the figure is the issuing path: Hub number, durable mutation, answer)
/// driven over HTTP by one client, then by four at once.
/// </summary>
internal static class KioskThroughput
{
    public static async Task RunAsync(Uri hub, string nodeId, string key, string directory, int seconds, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        Directory.CreateDirectory(directory);
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "CounterNode.Node.dll"), "--contentRoot", directory,
            $"--Urls=http://127.0.0.1:{port}", $"--Node:NodeId={nodeId}", $"--Node:Key={key}", "--Node:Role=Kiosk",
            $"--Node:HubUrl={hub.ToString().TrimEnd('/')}", $"--Node:DataDirectory={Path.Combine(directory, "data")}",
            "--Demo:OpenAllHours=true", "--Printing:Enabled=false", "--Display:Kind=None", "--Scanner:Kind=None",
            "--Queue:Services:0:Prefix=K", "--Queue:Services:0:Name=Kiosk benchmark", "--Queue:Services:0:Counters:0=1",
            "--Serilog:MinimumLevel:Default=Warning", "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning",
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the kiosk node.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[kiosk] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            var service = await FirstServiceAsync(http, cancellationToken);
            // Warm-up: the first tickets pay for JIT, the Hub connection and the reserve lease.
            for (var i = 0; i < 20; i++)
                await IssueAsync(http, service, cancellationToken);
            foreach (var clients in new[] { 1, 4 })
            {
                var (count, elapsed) = await MeasureAsync(http, service, clients, TimeSpan.FromSeconds(seconds), cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"kiosk: {count} tickets in {elapsed.TotalSeconds:F1} s with {clients} client(s) at once = {count / elapsed.TotalSeconds:F0} tickets/s (numbers from the Hub, no printer)"));
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task<(int Count, TimeSpan Elapsed)> MeasureAsync(HttpClient http, string service, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var count = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (watch.Elapsed < duration)
            {
                await IssueAsync(http, service, cancellationToken);
                Interlocked.Increment(ref count);
            }
        }));
        return (count, watch.Elapsed);
    }

    private static async Task IssueAsync(HttpClient http, string service, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/api/kiosk/tickets", UriKind.Relative), new { service }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"The kiosk refused a ticket: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    // The kiosk offers what its catalogue holds (its own configuration, or the Hub's synced catalogue).
    private static async Task<string> FirstServiceAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var body = await http.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/kiosk/services", UriKind.Relative), cancellationToken);
                var services = body.GetProperty("services");
                if (services.GetArrayLength() > 0)
                    return services[0].GetProperty("prefix").GetString()!;
            }
            catch (HttpRequestException)
            {
                // Still starting.
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException("The kiosk node did not offer a service within 60 s.");
            await Task.Delay(200, cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
