using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Scanning.Evdev;
using CounterNode.Node.Devices.Scanning.Hosting;
using CounterNode.Node.Devices.Scanning.Streams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Tests.Devices.Scanning;

public class ScannerConfigurationTests
{
    [Theory]
    [InlineData("Serial", "/dev/ttyACM0", typeof(SerialBarcodeScanner))]
    [InlineData("Evdev", "/dev/input/by-id/usb-scanner-event-kbd", typeof(EvdevBarcodeScanner))]
    [InlineData("Stdin", null, typeof(StdinBarcodeScanner))]
    [InlineData("None", null, typeof(NullBarcodeScanner))]
    public async Task The_kind_in_configuration_picks_the_driver(string kind, string? device, Type expected)
    {
        await using var provider = Build(new() { ["Scanner:Kind"] = kind, ["Scanner:Device"] = device });

        Assert.IsType(expected, provider.GetRequiredService<IBarcodeScanner>());
    }

    [Theory]
    [InlineData("Serial", null, null, "Scanner:Device")]
    [InlineData("Evdev", "event-kbd", null, "Scanner:Device")]
    [InlineData("Stdin", null, "00:00:00", "InterKeyTimeout")]
    public async Task Bad_scanner_configuration_fails_at_start(string kind, string? device, string? timeout, string expected)
    {
        await using var provider = Build(new() { ["Scanner:Kind"] = kind, ["Scanner:Device"] = device, ["Scanner:InterKeyTimeout"] = timeout });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ScannerOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Where(kv => kv.Value is not null)).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddScanner(configuration);
        return services.BuildServiceProvider();
    }
}
