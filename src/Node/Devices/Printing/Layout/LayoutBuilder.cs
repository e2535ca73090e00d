using CounterNode.Node.Devices.Printing.EscPos;

namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>Collects blocks for a composer; keeps the composers short and readable.</summary>
internal sealed class LayoutBuilder
{
    private readonly List<PrintBlock> _blocks = [];

    public LayoutBuilder Center(string text, bool bold = false, int scale = 1) => Add(new TextBlock(text, TextAlignment.Center, bold, scale));

    public LayoutBuilder Left(string text, bool bold = false) => Add(new TextBlock(text, TextAlignment.Left, bold));

    public LayoutBuilder Right(string text, bool bold = false) => Add(new TextBlock(text, TextAlignment.Right, bold));

    /// <summary>"Label: value" with the label in bold face would need mixed runs; the whole line is plain.</summary>
    public LayoutBuilder Field(string label, string? value) => Add(new TextBlock($"{label}: {value ?? "................"}"));

    public LayoutBuilder Rule() => Add(new RuleBlock());

    public LayoutBuilder Feed(int lines = 1) => Add(new FeedBlock(lines));

    public LayoutBuilder Barcode(string data) => Add(new BarcodeBlock(data));

    public LayoutBuilder Qr(string data) => Add(new QrBlock(data));

    public LayoutBuilder Cut() => Add(new CutBlock());

    public LayoutBuilder Add(PrintBlock block)
    {
        _blocks.Add(block);
        return this;
    }

    public DocumentLayout Build() => new([.. _blocks]);
}
