using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace CounterNode.ServiceDefaults;

/// <summary>Runs a CounterNode process and turns start-up failures into one clear message.</summary>
public static class WebApplicationRunExtensions
{
    /// <summary>Exit code when the configuration is invalid (systemd shows it; no crash dump).</summary>
    public const int InvalidConfigurationExitCode = 2;

    /// <summary>
    /// Runs until SIGTERM/Ctrl+C. An invalid configuration stops the process with exit code 2
    /// and a message naming each bad setting, instead of an unhandled-exception crash.
    /// </summary>
    public static int RunCounterNode(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            app.Run();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            // The host has already logged the failure and disposed its services (and logger),
            // so the summary goes straight to stderr, which systemd's journal keeps.
            Console.Error.WriteLine(
                $"CounterNode cannot start: invalid configuration.{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", ex.Failures)}");
            return InvalidConfigurationExitCode;
        }
    }
}
