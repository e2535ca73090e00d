using System.Diagnostics;
using System.Net.Sockets;
using CounterNode.IntegrationTests.Infrastructure;

namespace CounterNode.IntegrationTests.Devices;

/// <summary>The simulator as users run it: a separate process, <c>--port 0</c> prints the port, a transcript file records.</summary>
public sealed class VirtualDisplayProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cn-vdisplay-").FullName;

    [Fact]
    public async Task Port_zero_prints_the_port_and_the_transcript_records_the_screen()
    {
        var transcript = Path.Combine(_directory, "display.log");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepoPaths.TestBin, "CounterNode.VirtualDisplay.dll"));
        foreach (var arg in new[] { "--port", "0", "--transcript", transcript })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var first = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.NotNull(first);
            Assert.StartsWith("Listening on tcp://127.0.0.1:", first, StringComparison.Ordinal);
            var port = int.Parse(first[(first.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

            using (var client = new TcpClient())
            {
                await client.ConnectAsync("127.0.0.1", port, timeout.Token);
                var upper = "Moi so          A012"u8.ToArray();
                await client.GetStream().WriteAsync(new byte[] { 0x1B, 0x51, 0x41 }.Concat(upper).Append((byte)0x0D).ToArray(), timeout.Token);
            }

            // The screen is printed after each chunk; read until the line with the number appears.
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            }
            while (line is not null && !line.Contains("A012", StringComparison.Ordinal));

            Assert.Equal("|Moi so          A012|", line);
            var recorded = await File.ReadAllTextAsync(transcript, timeout.Token);
            Assert.Contains("1B5141", recorded, StringComparison.Ordinal);
            Assert.Contains("ESC Q A \"Moi so          A012\" CR (line 1)", recorded, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
