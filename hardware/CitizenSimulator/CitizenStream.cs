using System.Text.Json;

namespace CounterNode.CitizenSimulator;

/// <summary>Citizens arriving at the kiosk: one ticket every ~<see cref="SimulatorOptions.Arrival"/> (exponential gaps).</summary>
internal sealed class CitizenStream(SimulatorOptions options, Random random, TextWriter log)
{
    private static readonly string[] Priorities = ["Elderly", "Disabled", "Pregnant", "Veteran"];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var kiosk = new NodeClient(options.Kiosk);
        var services = await WaitForServicesAsync(kiosk, cancellationToken).ConfigureAwait(false);
        log.WriteLine($"[sim] kiosk offers {string.Join(", ", services)}; a citizen every ~{options.Arrival.TotalSeconds:0.#} s");
        while (!cancellationToken.IsCancellationRequested)
        {
            var prefix = services[random.Next(services.Count)];
            string? priority = random.NextDouble() < options.PriorityShare ? Priorities[random.Next(Priorities.Length)] : null;
            try
            {
                var answer = await kiosk.PostAsync("api/kiosk/tickets", new { service = prefix, priority }, cancellationToken).ConfigureAwait(false);
                log.WriteLine(answer.Ok
                    ? $"[sim] citizen took {answer.Text("ticketNumber")}{(priority is null ? "" : " (ưu tiên)")} — number from {answer.Text("numberSource")}"
                    : $"[sim] kiosk refused ({(int)answer.Status}): {answer.Text("detail")}");
            }
            catch (HttpRequestException ex)
            {
                log.WriteLine($"[sim] kiosk unreachable: {ex.Message}");
            }

            await Task.Delay(Gap(options.Arrival), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<string>> WaitForServicesAsync(NodeClient kiosk, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var answer = await kiosk.GetAsync("api/kiosk/services", cancellationToken).ConfigureAwait(false);
                if (answer.Ok && answer.Body is { } body && body.TryGetProperty("services", out var list))
                {
                    var offered = list.EnumerateArray().Select(s => s.GetProperty("prefix").GetString()!).ToList();
                    var chosen = options.Services.Count == 0 ? offered : [.. offered.Where(options.Services.Contains)];
                    if (chosen.Count > 0)
                        return chosen;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or TaskCanceledException)
            {
                // Not up yet (or its catalogue not synced yet).
            }

            await Task.Delay(1000, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Gap(TimeSpan mean) => TimeSpan.FromSeconds(Math.Clamp(-Math.Log(1 - random.NextDouble()) * mean.TotalSeconds, 0.3, mean.TotalSeconds * 4));
}
