using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CounterNode.IntegrationTests.Printing;

/// <summary>The virtual printer as a real process: the README's sample command and stdin scripting.</summary>
public sealed partial class VirtualPrinterProcessTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cn-vprinter-proc-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Print_samples_command_prints_every_document_and_says_where_the_pngs_are()
    {
        using var process = Start("--port", "0", "--out", _directory, "--print-samples");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var output = await process.StandardOutput.ReadToEndAsync(cts.Token);
        await process.WaitForExitAsync(cts.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.Contains($"PNG files and transcripts are in {_directory}", output, StringComparison.Ordinal);
        foreach (var kind in new[] { "queue-ticket", "mau-01-receipt", "mau-02-supplement", "mau-03-refusal", "mau-04-apology" })
        {
            Assert.Contains($"{kind}: Printed", output, StringComparison.Ordinal);
        }

        for (var i = 1; i <= 5; i++)
        {
            Assert.True(new FileInfo(Path.Combine(_directory, $"job-{i:0000}.png")).Length > 1000);
            Assert.True(File.Exists(Path.Combine(_directory, $"job-{i:0000}.txt")));
        }

        Assert.False(File.Exists(Path.Combine(_directory, "job-0006.png")));
    }

    [Fact]
    public async Task Stdin_commands_change_the_status_the_printer_reports()
    {
        using var process = Start("--port", "0", "--out", _directory);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var banner = await process.StandardOutput.ReadLineAsync(cts.Token) ?? string.Empty;
        var port = int.Parse(PortPattern().Match(banner).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await process.StandardInput.WriteLineAsync("paper-out");
        Assert.Equal("ok", await process.StandardOutput.ReadLineAsync(cts.Token));

        using (var client = new TcpClient())
        {
            await client.ConnectAsync("127.0.0.1", port, cts.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(new byte[] { 0x10, 0x04, 0x04 }, cts.Token);
            var reply = new byte[1];
            Assert.Equal(1, await stream.ReadAsync(reply, cts.Token));
            Assert.Equal(0x7E, reply[0]); // near end + paper end bits
        }

        await process.StandardInput.WriteLineAsync("quit");
        await process.WaitForExitAsync(cts.Token);
        Assert.Equal(0, process.ExitCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CounterNode.VirtualPrinter.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("The virtual printer did not start.");
    }

    [GeneratedRegex(@"127\.0\.0\.1:(\d+)")]
    private static partial Regex PortPattern();
}
