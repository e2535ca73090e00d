namespace CounterNode.Hub.Board;

/// <summary>What a counter is doing, as far as the synced tickets tell (sent to browsers as its name).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CounterState>))]
public enum CounterState
{
    /// <summary>No open ticket.</summary>
    Idle,

    /// <summary>Just called a ticket (within <see cref="BoardOptions.CallingPhase"/>).</summary>
    Calling,

    /// <summary>Holds a called ticket for longer than the calling phase.</summary>
    Serving,

    /// <summary>Paused by the officer. Not synced yet, so never produced today.</summary>
    Paused,
}
