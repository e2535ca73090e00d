using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Hosting;
using CounterNode.Node.Devices.Display.Pole;
using CounterNode.Node.Devices.Display.RawLine;
using CounterNode.Node.Devices.Display.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Tests.Devices.Display;

public class DisplayConfigurationTests
{
    [Theory]
    [InlineData("DmD", "/dev/ttyUSB0", null, typeof(PoleDisplay))]
    [InlineData("Cd5220", "127.0.0.1:4001", null, typeof(PoleDisplay))]
    [InlineData("RawLine", "127.0.0.1:4001", "\\x02{address:00}{number}\\x03", typeof(RawLineDisplay))]
    [InlineData("Web", null, null, typeof(WebCounterDisplay))]
    [InlineData("None", null, null, typeof(NullCounterDisplay))]
    public async Task The_kind_in_configuration_picks_the_driver(string kind, string? port, string? template, Type expected)
    {
        // Device drivers are IAsyncDisposable only: the host disposes its container asynchronously too.
        await using var provider = Build(new() { ["Display:Kind"] = kind, ["Display:Port"] = port, ["Display:Template"] = template });

        var display = provider.GetRequiredService<ICounterDisplay>();

        Assert.IsType(expected, display);
    }

    [Theory]
    [InlineData("DmD", null, null, null, "Display:Port")]
    [InlineData("Cd5220", "ttyUSB0", null, null, "Display:Port")]
    [InlineData("RawLine", "127.0.0.1:4001", null, null, "Display:Template is required")]
    [InlineData("RawLine", "127.0.0.1:4001", "{nummer}", null, "Unknown field")]
    [InlineData("DmD", "/dev/ttyUSB0", null, "Quầy số {counter} - xin kính chào", "Display:IdleUpper")]
    public void Bad_configuration_fails_at_start_with_the_key_named(string kind, string? port, string? template, string? idleUpper, string expected)
    {
        using var provider = Build(new() { ["Display:Kind"] = kind, ["Display:Port"] = port, ["Display:Template"] = template, ["Display:IdleUpper"] = idleUpper });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DisplayOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Where(kv => kv.Value is not null)).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddDisplay(configuration);
        return services.BuildServiceProvider();
    }
}
