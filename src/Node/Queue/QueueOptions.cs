namespace CounterNode.Node.Queue;

/// <summary>
/// The queue at this node, bound from the "Queue" section. Services and officers come from the
/// catalogue synced from the Hub (src/Node/Catalogue); <see cref="Services"/> and
/// <see cref="Officers"/> are used only until the replica holds that catalogue.
/// </summary>
public sealed class QueueOptions
{
    public const string SectionName = "Queue";

    /// <summary>Center name printed at the top of tickets.</summary>
    public string CenterName { get; set; } = "Trung tâm Phục vụ hành chính công";

    /// <summary>Services offered at the kiosk and called at the counters.</summary>
    public List<QueueServiceOptions> Services { get; set; } = [];

    /// <summary>Officers who may sign in at the console.</summary>
    public List<OfficerOptions> Officers { get; set; } = [];

    /// <summary>Service time assumed before any ticket of a service was finished today.</summary>
    public TimeSpan DefaultServiceTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Base address printed in the ticket's QR code to follow the queue; the ticket number is appended.</summary>
    public string FollowUrlBase { get; set; } = "http://127.0.0.1:5080/q/";
}
