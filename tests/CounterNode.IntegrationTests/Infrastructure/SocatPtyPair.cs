using System.Diagnostics;

namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>
/// Two linked pseudo-terminals made by socat (Debian package socat, installed by test.sh):
/// <c>socat -d -d pty,raw,echo=0,link=A pty,raw,echo=0,link=B</c>. What is written to one end
/// is read on the other, like a null-modem cable. Unique link names per test; killed on dispose.
/// </summary>
public sealed class SocatPtyPair : IAsyncDisposable
{
    private readonly Process _socat;

    private SocatPtyPair(Process socat, string first, string second)
    {
        _socat = socat;
        First = first;
        Second = second;
    }

    /// <summary>The end the node's driver opens.</summary>
    public string First { get; }

    /// <summary>The end the simulator or the test opens.</summary>
    public string Second { get; }

    public static async Task<SocatPtyPair> StartAsync(CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var first = $"/tmp/cn-tty-{id}-0";
        var second = $"/tmp/cn-tty-{id}-1";
        var info = new ProcessStartInfo("socat")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-d");
        info.ArgumentList.Add("-d");
        info.ArgumentList.Add($"pty,raw,echo=0,link={first}");
        info.ArgumentList.Add($"pty,raw,echo=0,link={second}");
        var socat = Process.Start(info) ?? throw new InvalidOperationException("socat did not start (apt-get install socat).");
        socat.BeginErrorReadLine();
        socat.BeginOutputReadLine();
        var pair = new SocatPtyPair(socat, first, second);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            // socat creates the links once both ptys exist ("starting data transfer loop").
            while (!(File.Exists(first) && File.Exists(second)))
            {
                if (socat.HasExited)
                {
                    throw new InvalidOperationException($"socat exited with {socat.ExitCode} before creating {first} and {second}.");
                }

                await Task.Delay(20, timeout.Token);
            }
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }

        return pair;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_socat.HasExited)
        {
            _socat.Kill();
            await _socat.WaitForExitAsync();
        }

        _socat.Dispose();
        File.Delete(First);
        File.Delete(Second);
    }
}
