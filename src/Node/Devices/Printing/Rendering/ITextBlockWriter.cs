using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Layout;

namespace CounterNode.Node.Devices.Printing.Rendering;

/// <summary>Writes a run of text-like blocks (text, rules, blank lines) in one text mode.</summary>
internal interface ITextBlockWriter
{
    /// <summary>Called once after ESC @.</summary>
    void Begin(EscPosBuilder output);

    void Write(EscPosBuilder output, IReadOnlyList<PrintBlock> run);
}
