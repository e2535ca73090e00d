using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Samples;
using CounterNode.Node.Devices.Printing.Status;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CounterNode.IntegrationTests.Printing;

/// <summary>AddPrinting in a real generic host: validated on start, prints, publishes status, stops cleanly.</summary>
public sealed class PrintingHostTests
{
    [Fact]
    public async Task Configured_host_prints_through_the_virtual_printer()
    {
        await using var bench = PrinterBench.Start();
        using var host = Build(bench.Directory, new()
        {
            ["Printing:Enabled"] = "true",
            ["Printing:Port"] = bench.Printer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Printing:Profile"] = "epson-tm-t82",
        });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StartAsync(cts.Token);

        var printer = host.Services.GetRequiredService<IReceiptPrinter>();
        var id = await printer.PrintAsync(SampleDocuments.Ticket(DateTimeOffset.UnixEpoch), cts.Token);
        Assert.Equal(PrintJobState.Printed, (await printer.WaitForJobAsync(id, cts.Token)).State);
        Assert.True(host.Services.GetRequiredService<IPrinterStatusMonitor>().Current.CanPrint);
        Assert.Single(await bench.Printer.WaitForJobsAsync(1, cts.Token));
        Assert.True(File.Exists(Path.Combine(bench.Directory, "node-data", "print-jobs.db")));

        await host.StopAsync(cts.Token);
    }

    [Fact]
    public async Task Invalid_configuration_stops_the_host_at_start()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cn-print-host-" + Guid.NewGuid().ToString("N"));
        using var host = Build(directory, new() { ["Printing:Enabled"] = "true", ["Printing:Profile"] = "no-such-printer" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));
        Assert.Contains("Unknown printer profile 'no-such-printer'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "node-data", "print-jobs.db")));
    }

    [Fact]
    public async Task Disabled_printing_creates_nothing()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cn-print-host-" + Guid.NewGuid().ToString("N"));
        using var host = Build(directory, new() { ["Printing:Enabled"] = "false" });
        await host.StartAsync(CancellationToken.None);
        await host.StopAsync(CancellationToken.None);
        Assert.False(Directory.Exists(Path.Combine(directory, "node-data")));
    }

    [Fact]
    public async Task Print_samples_switch_prints_every_document_from_configuration()
    {
        await using var bench = PrinterBench.Start();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Node:DataDirectory"] = Path.Combine(bench.Directory, "node-data"),
            ["Printing:Port"] = bench.Printer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Printing:TextMode"] = "CodePage",
        }).Build();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var exitCode = await PrintSamplesCommand.RunFromConfigurationAsync(configuration, cts.Token);

        Assert.Equal(0, exitCode);
        var jobs = await bench.Printer.WaitForJobsAsync(5, cts.Token);
        Assert.Equal(5, jobs.Count);
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ", jobs[1].Transcript, StringComparison.Ordinal);
    }

    private static IHost Build(string directory, Dictionary<string, string?> settings)
    {
        settings["Node:DataDirectory"] = Path.Combine(directory, "node-data");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPrinting(builder.Configuration);
        return builder.Build();
    }
}
