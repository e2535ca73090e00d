using System.Diagnostics;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Queue;
using CounterNode.Node.Queue;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace CounterNode.IntegrationTests.Demo;

/// <summary>The demo's citizen simulator, as a real process, against a real node's HTTP APIs.</summary>
public sealed class CitizenSimulatorProcessTests
{
    [Fact]
    public async Task Citizens_take_tickets_and_the_counter_calls_serves_and_finishes_them_through_the_apis()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 1, 200);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            Path.Combine(RepoPaths.TestBin, "CounterNode.CitizenSimulator.dll"),
            "--kiosk", node.Address.ToString(), "--counter", node.Address.ToString(), "--services", "A",
            "--officer", QueueNodeHost.OfficerId, "--pin", QueueNodeHost.OfficerPin,
            "--arrival-seconds", "0.4", "--service-seconds", "0.6", "--seed", "7", "--duration-seconds", "10",
        })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            await process.WaitForExitAsync(timeout.Token);
        var log = await output;

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{log}\n{await errors}");
        Assert.Contains("[sim] 127.0.0.1", log, StringComparison.Ordinal);
        Assert.Contains("officer cb01 signed in", log, StringComparison.Ordinal);
        Assert.Contains("[sim] citizen took A0", log, StringComparison.Ordinal);
        Assert.EndsWith("[sim] stopped", log.TrimEnd(), StringComparison.Ordinal);

        // What the node recorded: tickets issued through the kiosk API, called, and closed at counter 1.
        var reader = node.App.Services.GetRequiredService<QueueReader>();
        var tickets = (await reader.ReadAsync(node.Day, CancellationToken.None)).Tickets;
        Assert.True(tickets.Count >= 5, $"only {tickets.Count} tickets issued\n{log}");
        Assert.Contains(tickets, t => t.Status is TicketStatus.Finished or TicketStatus.NoShow && t.Call?.Counter == 1);
        Assert.All(tickets.Where(t => t.Call is not null), t => Assert.Equal(1, t.Call!.Counter));
        var finished = tickets.Count(t => t.Status == TicketStatus.Finished);
        // Every finish it printed is recorded (one more may have landed as it was stopped mid-request).
        var printed = log.Split('\n').Count(l => l.Contains("Đã kết thúc phục vụ số", StringComparison.Ordinal));
        Assert.InRange(finished, Math.Max(1, printed), printed + 1);
    }
}
