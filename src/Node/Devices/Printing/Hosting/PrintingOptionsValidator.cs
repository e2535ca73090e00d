using CounterNode.Node.Devices.Printing.Profiles;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Rendering;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Printing.Hosting;

/// <summary>Checks the printing section at start: profile exists, code page available, font usable, timeouts positive.</summary>
public sealed class PrintingOptionsValidator : IValidateOptions<PrintingOptions>
{
    public ValidateOptionsResult Validate(string? name, PrintingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        PrinterProfile? profile = null;
        try
        {
            profile = PrinterProfiles.Get(options.Profile);
        }
        catch (UnknownPrinterProfileException ex)
        {
            failures.Add($"Printing:Profile: {ex.Message}");
        }

        if (profile is not null && options.TextMode == PrintTextMode.CodePage)
        {
            try
            {
                EscPosDocumentRenderer.CreateEncoder(profile, options.CodePage);
            }
            catch (UnsupportedCodePageException ex)
            {
                failures.Add($"Printing:CodePage: {ex.Message}");
            }
        }

        if (options.TextMode == PrintTextMode.Raster)
        {
            try
            {
                using var renderer = new RasterTextRenderer(options.FontFamily);
            }
            catch (PrinterFontNotFoundException ex)
            {
                failures.Add($"Printing:FontFamily: {ex.Message}");
            }
        }

        switch (options.Transport)
        {
            case PrinterTransportKind.Tcp when string.IsNullOrWhiteSpace(options.Host):
                failures.Add("Printing:Host is required for the Tcp transport.");
                break;
            case PrinterTransportKind.DeviceFile when string.IsNullOrWhiteSpace(options.DevicePath):
                failures.Add("Printing:DevicePath is required for the DeviceFile transport.");
                break;
            case PrinterTransportKind.Serial when string.IsNullOrWhiteSpace(options.SerialPort):
                failures.Add("Printing:SerialPort is required for the Serial transport.");
                break;
        }

        foreach (var (key, value) in new[]
                 {
                     ("ConnectTimeout", options.ConnectTimeout), ("ReplyTimeout", options.ReplyTimeout),
                     ("RetryDelay", options.RetryDelay), ("HeldPollInterval", options.HeldPollInterval),
                     ("IdleStatusInterval", options.IdleStatusInterval), ("DrainTimeout", options.DrainTimeout),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"Printing:{key} must be positive.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
