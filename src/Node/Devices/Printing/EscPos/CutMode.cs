namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>How the autocutter cuts (GS V).</summary>
public enum CutMode
{
    /// <summary><c>1D 56 00</c>.</summary>
    Full,

    /// <summary><c>1D 56 01</c>.</summary>
    Partial,
}
