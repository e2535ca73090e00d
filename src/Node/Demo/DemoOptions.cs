namespace CounterNode.Node.Demo;

/// <summary>
/// The "Demo" section: settings that exist only so the hall can be shown on a laptop. Every one
/// is off by default and logged as a warning at start when on, so it is never on by accident.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Issue tickets at any hour and on any day (the real clock is kept; only the working-hours refusal is lifted).</summary>
    public bool OpenAllHours { get; set; }
}
