using CounterNode.Node.Devices.Display.RawLine;
using CounterNode.Node.Devices.Display.Text;
using CounterNode.Node.Devices.Transports;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Display.Hosting;

/// <summary>
/// Checks the display section at start: a device address for device kinds, parseable templates,
/// idle texts that fit 20 columns for any counter number, positive timings.
/// </summary>
public sealed class DisplayOptionsValidator : IValidateOptions<DisplayOptions>
{
    public ValidateOptionsResult Validate(string? name, DisplayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Kind is DisplayKind.None or DisplayKind.Web)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        try
        {
            DeviceEndpoint.Parse(options.Port);
        }
        catch (InvalidDeviceEndpointException ex)
        {
            failures.Add($"Display:Port: {ex.Message}");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero)
        {
            failures.Add("Display:ConnectTimeout must be positive.");
        }

        if (options.Kind == DisplayKind.RawLine)
        {
            if (string.IsNullOrEmpty(options.Template))
            {
                failures.Add("Display:Template is required for the RawLine display.");
            }

            foreach (var (key, template) in new[] { ("Template", options.Template), ("IdleTemplate", options.IdleTemplate), ("ClearTemplate", options.ClearTemplate) })
            {
                if (string.IsNullOrEmpty(template))
                {
                    continue;
                }

                try
                {
                    RawLineTemplate.Parse(template);
                }
                catch (InvalidRawLineTemplateException ex)
                {
                    failures.Add($"Display:{key}: {ex.Message}");
                }
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (options.BlinkInterval <= TimeSpan.Zero || options.BlinkInterval > TimeSpan.FromSeconds(12))
        {
            failures.Add("Display:BlinkInterval must be between 0 and 12 s (DM-D counts it in 50 ms steps up to 254).");
        }

        try
        {
            var layout = new PoleScreenLayout(options.CallLabel, options.CounterLabel, options.IdleUpper, options.IdleLower);
            layout.Idle(999);
        }
        catch (DisplayTextOverflowException ex)
        {
            failures.Add($"Display:IdleUpper/IdleLower: {ex.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
