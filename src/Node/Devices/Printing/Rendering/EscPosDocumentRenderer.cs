using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Layout;
using CounterNode.Node.Devices.Printing.Profiles;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Text;

namespace CounterNode.Node.Devices.Printing.Rendering;

/// <summary>
/// Renders a <see cref="DocumentLayout"/> to ESC/POS bytes for one printer profile and text mode.
/// Barcodes and QR codes always use the printer's own commands (sharp at any dpi); text goes
/// through raster or code-page writing.
/// </summary>
public sealed class EscPosDocumentRenderer
{
    private readonly ITextBlockWriter _text;

    private EscPosDocumentRenderer(PrinterProfile profile, PrintTextMode mode, ITextBlockWriter text)
    {
        Profile = profile;
        Mode = mode;
        _text = text;
    }

    public PrinterProfile Profile { get; }

    public PrintTextMode Mode { get; }

    /// <summary>Text rendered to images with <paramref name="renderer"/>.</summary>
    public static EscPosDocumentRenderer ForRaster(PrinterProfile profile, RasterTextRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(renderer);
        return new(profile, PrintTextMode.Raster, new RasterTextBlockWriter(profile, renderer));
    }

    /// <summary>Text in the printer's font with the profile's number for <paramref name="codePage"/>.</summary>
    /// <exception cref="UnsupportedCodePageException">The profile lacks that code page.</exception>
    public static EscPosDocumentRenderer ForCodePage(PrinterProfile profile, VietnameseCodePage codePage)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(profile, PrintTextMode.CodePage, new CodePageTextBlockWriter(profile, CreateEncoder(profile, codePage)));
    }

    /// <summary>The encoder the profile's numbers give for <paramref name="codePage"/>.</summary>
    public static ICodePageTextEncoder CreateEncoder(PrinterProfile profile, VietnameseCodePage codePage)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return codePage switch
        {
            VietnameseCodePage.Wpc1258 when profile.Wpc1258CodePage is { } page => new Wpc1258TextEncoder(page),
            VietnameseCodePage.Tcvn3 when profile.Tcvn3CodePage is { } page => profile.Tcvn3UpperCaseCodePage is { } upper
                ? new Tcvn3TextEncoder(page, upper)
                : new Tcvn3TextEncoder(page, page),
            _ => throw new UnsupportedCodePageException(profile.Name, codePage),
        };
    }

    public byte[] Render(DocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var output = new EscPosBuilder(64 * 1024).Initialize();
        _text.Begin(output);
        var run = new List<PrintBlock>();
        foreach (var block in layout.Blocks)
        {
            if (block is TextBlock or RuleBlock or FeedBlock)
            {
                run.Add(block);
                continue;
            }

            FlushText(output, run);
            switch (block)
            {
                case BarcodeBlock barcode:
                    output.Align(TextAlignment.Center)
                        .Code128(barcode.Data, Profile.BarcodeHeight, FitModuleWidth(barcode.Data), BarcodeTextPosition.Below)
                        .NewLine();
                    break;
                case QrBlock qr:
                    output.Align(TextAlignment.Center).QrCode(qr.Data, Profile.QrModuleSize, QrErrorCorrection.M).NewLine();
                    break;
                case CutBlock:
                    output.Align(TextAlignment.Left);
                    if (Profile.HasCutter)
                    {
                        output.FeedAndCut(96);
                    }
                    else
                    {
                        output.Feed(5);
                    }

                    break;
                default:
                    throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(layout));
            }
        }

        FlushText(output, run);
        return output.ToArray();
    }

    /// <summary>The widest module (up to the profile's preference) at which the symbol fits the paper.</summary>
    private byte FitModuleWidth(string data)
    {
        // start + data symbols (set switches included) + check = 11 modules each, stop = 13, quiet zones 20.
        var symbols = Code128Encoder.Plan(data).Count + CountSwitches(data) + 2;
        var modules = (symbols * 11) + 13 + 20;
        for (var width = Profile.BarcodeModuleWidth; width >= 1; width--)
        {
            if (modules * width <= Profile.DotsPerLine)
            {
                return width;
            }
        }

        throw new EscPosArgumentException($"CODE128 of {data.Length} characters does not fit {Profile.DotsPerLine} dots.", nameof(data));
    }

    private static int CountSwitches(string data)
    {
        var plan = Code128Encoder.Plan(data);
        var switches = 0;
        for (var i = 1; i < plan.Count; i++)
        {
            if (plan[i] != plan[i - 1])
            {
                switches++;
            }
        }

        return switches;
    }

    private void FlushText(EscPosBuilder output, List<PrintBlock> run)
    {
        if (run.Count > 0)
        {
            _text.Write(output, run);
            run.Clear();
        }
    }
}
