using System.Text.Json;
using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Rotation;

/// <summary>The web counter display page on real Kestrel (loopback, port 0).</summary>
public class CounterDisplayPageTests
{
    [Fact]
    public async Task The_web_display_state_carries_the_call_and_the_department_on_duty()
    {
        var display = new WebCounterDisplay(new FakeTimeProvider());
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<ICounterDisplay>(display);
        await using var app = builder.Build();
        app.MapCounterDisplayPage();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        await display.ShowDepartmentAsync(3, "Sở Giao thông vận tải", CancellationToken.None);
        await display.ShowCallAsync(new DisplayCall("D007", 3), CancellationToken.None);

        using var state = JsonDocument.Parse(await http.GetStringAsync("/display/state"));
        Assert.Equal("Sở Giao thông vận tải", state.RootElement.GetProperty("department").GetString());
        Assert.Equal("D007", state.RootElement.GetProperty("ticketNumber").GetString());
        Assert.Equal("call", state.RootElement.GetProperty("screen").GetString());
        var page = await http.GetStringAsync("/display");
        Assert.Contains("/display/state", page, StringComparison.Ordinal);
        Assert.Contains("textContent", page, StringComparison.Ordinal);
        await app.StopAsync();
    }
}
