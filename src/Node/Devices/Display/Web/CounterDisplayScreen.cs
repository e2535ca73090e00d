namespace CounterNode.Node.Devices.Display.Web;

/// <summary>What the web display page shows.</summary>
public enum CounterDisplayScreen
{
    /// <summary>Nothing.</summary>
    Blank,

    /// <summary>The counter's idle screen.</summary>
    Idle,

    /// <summary>A call: ticket number and counter.</summary>
    Call,
}
