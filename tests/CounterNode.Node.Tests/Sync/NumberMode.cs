namespace CounterNode.Node.Tests.Sync;

/// <summary>How <see cref="ScriptedNumberTransport"/> answers number requests.</summary>
internal enum NumberMode
{
    /// <summary>The Hub answers at once.</summary>
    Answer,

    /// <summary>No connection.</summary>
    Unreachable,

    /// <summary>The Hub assigns a number but the answer never arrives (the deadline fires).</summary>
    Hang,

    /// <summary>The Hub assigns a number; the answer arrives after the caller gave up.</summary>
    LateAnswer,
}
