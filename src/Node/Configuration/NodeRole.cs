namespace CounterNode.Node.Configuration;

/// <summary>What a node does in the hall; chosen by configuration.</summary>
public enum NodeRole
{
    /// <summary>An officer's counter: printer, queue-number display, barcode scanner, console.</summary>
    Counter,

    /// <summary>The ticket kiosk: touch page and ticket printer.</summary>
    Kiosk,

    /// <summary>The hall TV: last calls and voice announcements.</summary>
    Hall,
}
