namespace CounterNode.Hub.Board;

/// <summary>Settings of the supervisors' board and the hall display (section <c>Hub:Board</c>).</summary>
public sealed class BoardOptions
{
    public const string SectionName = "Hub:Board";

    /// <summary>Accounts allowed to log in.</summary>
    public List<SupervisorAccount> Supervisors { get; } = [];

    /// <summary>How often the change-log head is checked when no commit signal arrives.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Shortest time between two publishes of the board and hall views (<see cref="Sync.MinimumInterval"/>):
    /// a burst of commits is shown once per interval instead of once per commit. 0 publishes after every commit.
    /// </summary>
    public TimeSpan MinPublishInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Offset of the center's local time from UTC (Vietnam: +07:00, no daylight saving).</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(7);

    /// <summary>
    /// How long after a call a counter shows "calling"; after it "serving". The sync carries
    /// no "citizen arrived" event yet, so this is the only signal.
    /// </summary>
    public TimeSpan CallingPhase { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A node that pushed within this window is shown online.</summary>
    public TimeSpan OnlineWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Latest calls kept in the live list.</summary>
    public int RecentCalls { get; set; } = 20;

    /// <summary>Latest conflicts shown.</summary>
    public int RecentConflicts { get; set; } = 30;

    /// <summary>Finished tickets per prefix whose service time feeds the wait estimate.</summary>
    public int EstimateSample { get; set; } = 10;

    /// <summary>Width of a slot of the waiting-time chart.</summary>
    public TimeSpan ChartSlot { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Failed logins of one user name before it is locked.</summary>
    public int LockoutFailures { get; set; } = 5;

    /// <summary>How long a user name stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Folder of the cookie-protection key ring, relative to the content root. Several Hub
    /// instances behind one load balancer must share it (or a login works on one instance only).
    /// </summary>
    public string KeysDirectory { get; set; } = "data/keys";

    /// <summary>Delay added to every failed login (slows guessing, hides which part was wrong).</summary>
    public TimeSpan FailureDelay { get; set; } = TimeSpan.FromMilliseconds(400);
}
