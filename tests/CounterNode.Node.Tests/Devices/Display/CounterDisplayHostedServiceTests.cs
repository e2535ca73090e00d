using System.Net;
using System.Net.Sockets;
using CounterNode.Node.Devices.Display.Hosting;
using CounterNode.Node.Devices.Display.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CounterNode.Node.Tests.Devices.Display;

/// <summary>The display in a real Generic Host: idle screen at start, blank at stop, an absent device is not fatal.</summary>
public class CounterDisplayHostedServiceTests
{
    [Fact]
    public async Task The_idle_screen_of_the_configured_counter_appears_at_start_and_is_cleared_at_stop()
    {
        using var host = Build(new() { ["Display:Kind"] = "Web", ["Node:CounterNumber"] = "7" });
        var display = host.Services.GetRequiredService<WebCounterDisplay>();

        await host.StartAsync();
        var started = display.State;
        await host.StopAsync();

        Assert.Equal(CounterDisplayScreen.Idle, started.Screen);
        Assert.Equal(7, started.Counter);
        Assert.Equal(CounterDisplayScreen.Blank, display.State.Screen);
    }

    [Fact]
    public async Task A_display_that_cannot_be_reached_does_not_stop_the_node()
    {
        // A port that was just free: nothing listens there.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var host = Build(new() { ["Display:Kind"] = "DmD", ["Display:Port"] = $"127.0.0.1:{port}", ["Node:CounterNumber"] = "2" });

        await host.StartAsync();
        await host.StopAsync();

        Assert.IsType<CounterDisplayHostedService>(host.Services.GetServices<IHostedService>().OfType<CounterDisplayHostedService>().Single());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddDisplay(builder.Configuration);
        return builder.Build();
    }
}
