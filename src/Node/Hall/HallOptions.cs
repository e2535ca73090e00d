using System.ComponentModel.DataAnnotations;

namespace CounterNode.Node.Hall;

/// <summary>The "Hall" section (hall role): when the display is rebuilt and which calls are spoken.</summary>
public sealed class HallOptions
{
    public const string SectionName = "Hall";

    /// <summary>
    /// A call older than this when the hall node first sees it is shown but not spoken: after an
    /// outage or a restart the hall must not read out a backlog of calls whose citizens have long gone.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan AnnounceWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Changes arriving within this time are shown together (one rebuild for a burst of pulled changes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(50);
}
