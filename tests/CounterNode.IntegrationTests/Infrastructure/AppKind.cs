namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>The CounterNode programs a test can start as a real process.</summary>
public enum AppKind
{
    Hub,
    Node,
}
