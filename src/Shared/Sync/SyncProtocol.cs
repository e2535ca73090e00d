namespace CounterNode.Shared.Sync;

/// <summary>
/// Constants of the node ⇄ Hub sync protocol (version 1). Paths carry the version so a Hub can
/// serve old and new nodes side by side during a rolling upgrade.
/// </summary>
public static class SyncProtocol
{
    /// <summary>Protocol version spoken by this build.</summary>
    public const int Version = 1;

    /// <summary>POST <see cref="PushRequest"/> → <see cref="PushResponse"/>.</summary>
    public const string PushPath = "/sync/v1/push";

    /// <summary>POST <see cref="PullRequest"/> → <see cref="PullResponse"/>.</summary>
    public const string PullPath = "/sync/v1/pull";

    /// <summary>POST <see cref="BootstrapRequest"/> → <see cref="BootstrapResponse"/>.</summary>
    public const string BootstrapPath = "/sync/v1/bootstrap";

    /// <summary>POST <see cref="NumberRequest"/> → <see cref="NumberResponse"/> (online number assignment).</summary>
    public const string NumbersPath = "/sync/v1/numbers";

    /// <summary>POST <see cref="ReserveLeaseRequest"/> → <see cref="ReserveLeaseResponse"/>.</summary>
    public const string ReservePath = "/sync/v1/reserve";

    /// <summary>SignalR hub that sends <see cref="SyncPoke"/>s.</summary>
    public const string PokeHubPath = "/hubs/sync";

    /// <summary>Client method name invoked with a <see cref="SyncPoke"/>.</summary>
    public const string PokeMethod = "Poke";

    /// <summary>
    /// Hub method a poke client invokes right after connecting; it returns the scopes the
    /// connection listens to. SignalR answers invocations only after the hub's
    /// <c>OnConnectedAsync</c> has finished, while <c>StartAsync</c> returns as soon as the
    /// handshake is done: a commit in between would poke the groups before this connection
    /// joined them. A node pulls only after this answer, so no commit can fall in the gap.
    /// </summary>
    public const string SubscribedMethod = "Subscribed";

    /// <summary>Header naming the calling node.</summary>
    public const string NodeIdHeader = "X-CounterNode-Node";

    /// <summary>Header carrying the node's secret key (per node; enrolment comes later).</summary>
    public const string NodeKeyHeader = "X-CounterNode-Key";

    /// <summary>Most mutations accepted in one push.</summary>
    public const int MaxPushMutations = 1_000;

    /// <summary>Largest push body accepted (after decompression), in bytes.</summary>
    public const int MaxPushBytes = 4 * 1024 * 1024;

    /// <summary>Most changes returned by one pull.</summary>
    public const int MaxPullLimit = 10_000;
}
