using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Status;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Tests.Printing;

public sealed class PrintingRegistrationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cn-print-di-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Valid_configuration_resolves_the_printer_and_its_status()
    {
        await using var provider = Build(new()
        {
            ["Printing:Enabled"] = "true",
            ["Printing:Profile"] = "xprinter-80",
            ["Printing:Transport"] = "Tcp",
            ["Printing:Port"] = "9100",
            ["Printing:TextMode"] = "CodePage",
        });

        var printer = provider.GetRequiredService<IReceiptPrinter>();
        Assert.Equal("receipt", printer.Name);
        Assert.Same(printer.Status, provider.GetRequiredService<IPrinterStatusMonitor>());
        Assert.IsType<SqlitePrintJobStore>(provider.GetRequiredService<IPrintJobStore>());
        Assert.True(File.Exists(Path.Combine(_directory, "print-jobs.db")));
    }

    [Theory]
    [InlineData("Printing:Profile", "epson-tm-t1000", "Unknown printer profile 'epson-tm-t1000'")]
    [InlineData("Printing:FontFamily", "No Such Font 42", "Printing:FontFamily")]
    [InlineData("Printing:ReplyTimeout", "00:00:00", "Printing:ReplyTimeout must be positive")]
    [InlineData("Printing:Port", "70000", "Port")]
    public async Task Bad_configuration_is_refused_with_a_clear_message(string key, string value, string expected)
    {
        await using var provider = Build(new() { ["Printing:Enabled"] = "true", [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PrintingOptions>>().Value);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Node:DataDirectory"] = _directory;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPrinting(configuration);
        return services.BuildServiceProvider();
    }
}
