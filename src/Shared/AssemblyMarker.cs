namespace CounterNode.Shared;

/// <summary>Anchor type for reflection over this assembly (tests, DI scanning).</summary>
public static class AssemblyMarker;
