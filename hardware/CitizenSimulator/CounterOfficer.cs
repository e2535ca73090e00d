using System.Net;

namespace CounterNode.CitizenSimulator;

/// <summary>
/// An officer working one counter: signs in, calls the next ticket, waits for the citizen to walk
/// up, starts service (scanning the ticket through the counter's virtual scanner when it has one),
/// serves, finishes, and calls again; waits a little when nobody is waiting.
/// </summary>
internal sealed class CounterOfficer(SimulatorOptions options, Uri counter, Random random, TextWriter log)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var node = new NodeClient(counter);
        await SignInAsync(node, cancellationToken).ConfigureAwait(false);
        options.ScannerFifos.TryGetValue(counter, out var fifo);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ServeOneAsync(node, fifo, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                log.WriteLine($"[sim] {counter.Authority}: node unreachable ({ex.Message})");
                await Task.Delay(2000, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ServeOneAsync(NodeClient node, string? fifo, CancellationToken cancellationToken)
    {
        var call = await node.PostAsync("api/console/call-next", null, cancellationToken).ConfigureAwait(false);
        if (call.Status == HttpStatusCode.Unauthorized)
        {
            await SignInAsync(node, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!call.Ok)
        {
            // Still holding a ticket (e.g. after a restart of the simulator): close it and go on.
            if (call.Code == "queue.ticket-still-open")
                await node.PostAsync("api/console/finish", null, cancellationToken).ConfigureAwait(false);
            else
                await Task.Delay(Wait(0.4), cancellationToken).ConfigureAwait(false);
            return;
        }

        var number = call.Text("ticketNumber");
        log.WriteLine($"[sim] {counter.Authority}: {call.Text("message")}");
        if (call.Text("decision") == "rejected")
            return;
        await Task.Delay(Wait(0.2), cancellationToken).ConfigureAwait(false); // the citizen walks to the counter
        if (random.NextDouble() < 0.05)
        {
            var gone = await node.PostAsync("api/console/no-show", null, cancellationToken).ConfigureAwait(false);
            log.WriteLine($"[sim] {counter.Authority}: {gone.Text("message") ?? gone.Text("detail")}");
            return;
        }

        if (fifo is not null && number is not null)
            await ScanAsync(fifo, number, cancellationToken).ConfigureAwait(false);
        else
            await node.PostAsync("api/console/start", null, cancellationToken).ConfigureAwait(false);
        await Task.Delay(Wait(1.0), cancellationToken).ConfigureAwait(false);
        var finish = await node.PostAsync("api/console/finish", null, cancellationToken).ConfigureAwait(false);
        log.WriteLine($"[sim] {counter.Authority}: {finish.Text("message") ?? finish.Text("detail")}");
    }

    private async Task SignInAsync(NodeClient node, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var answer = await node.PostAsync("api/console/sign-in", new { officerId = options.OfficerId, pin = options.Pin }, cancellationToken).ConfigureAwait(false);
                if (answer.Ok)
                {
                    log.WriteLine($"[sim] {counter.Authority}: officer {options.OfficerId} signed in");
                    return;
                }

                log.WriteLine($"[sim] {counter.Authority}: sign-in refused ({(int)answer.Status}) — retrying");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The node is still starting.
            }

            await Task.Delay(2000, cancellationToken).ConfigureAwait(false);
        }
    }

    // The virtual scanner reads one scan per line from its FIFO and sends it to the node over its pty.
    private static async Task ScanAsync(string fifo, string number, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(fifo, append: true);
        await writer.WriteLineAsync(number.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private TimeSpan Wait(double share) =>
        TimeSpan.FromSeconds(Math.Max(0.3, options.Service.TotalSeconds * share * (0.5 + random.NextDouble())));
}
