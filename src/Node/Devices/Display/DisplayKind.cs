namespace CounterNode.Node.Devices.Display;

/// <summary>Which counter display driver a node uses (<c>Display:Kind</c>).</summary>
public enum DisplayKind
{
    /// <summary>No display at this node.</summary>
    None,

    /// <summary>Epson DM-D command set (DM-D110/210/500 and compatibles), 2×20, serial or TCP.</summary>
    DmD,

    /// <summary>CD5220 command set (common on clones), 2×20, serial or TCP.</summary>
    Cd5220,

    /// <summary>A configurable byte template per call (LED number boards), serial or TCP.</summary>
    RawLine,

    /// <summary>State kept in memory for the node's web display page.</summary>
    Web,
}
