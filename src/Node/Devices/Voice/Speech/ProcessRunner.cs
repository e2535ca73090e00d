using System.ComponentModel;
using System.Diagnostics;

namespace CounterNode.Node.Devices.Voice.Speech;

/// <summary>Runs a program without a shell (arguments are never parsed by one) and collects stderr.</summary>
internal static class ProcessRunner
{
    /// <summary>Exit code and standard error of the finished program.</summary>
    /// <exception cref="Win32Exception">The program cannot be started (not installed).</exception>
    public static async Task<(int ExitCode, string Error)> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = info };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping the node must not leave a speaking child behind.
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited meanwhile.
            }

            throw;
        }

        await stdout.ConfigureAwait(false);
        return (process.ExitCode, (await stderr.ConfigureAwait(false)).Trim());
    }
}
