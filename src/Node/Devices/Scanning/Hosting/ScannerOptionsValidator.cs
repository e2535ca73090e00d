using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Scanning.Hosting;

/// <summary>Checks the scanner section at start: a device path for Serial/Evdev, positive timings.</summary>
public sealed class ScannerOptionsValidator : IValidateOptions<ScannerOptions>
{
    public ValidateOptionsResult Validate(string? name, ScannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Kind is ScannerKind.Serial or ScannerKind.Evdev && (string.IsNullOrWhiteSpace(options.Device) || !options.Device.StartsWith('/')))
        {
            failures.Add($"Scanner:Device must be an absolute device path for the {options.Kind} scanner.");
        }

        if (options.InterKeyTimeout <= TimeSpan.Zero)
        {
            failures.Add("Scanner:InterKeyTimeout must be positive.");
        }

        if (options.PartialQuietTime < TimeSpan.Zero)
        {
            failures.Add("Scanner:PartialQuietTime must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
