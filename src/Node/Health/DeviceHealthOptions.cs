using System.ComponentModel.DataAnnotations;

namespace CounterNode.Node.Health;

/// <summary>The "Health" section: how device health is reported to the Hub.</summary>
public sealed class DeviceHealthOptions
{
    public const string SectionName = "Health";

    /// <summary>Report device health as <c>device.status</c> mutations (shown on the supervisors' board).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A new state is reported once it has held this long, so a flapping device does not flood the sync log.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A printer that has not answered a single status read this long after start is reported offline.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PrinterStartGrace { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>A device that never settles is still reported, at most once per this interval, with its latest state.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxSilence { get; set; } = TimeSpan.FromSeconds(30);
}
