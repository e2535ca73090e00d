namespace CounterNode.VirtualPrinter;

/// <summary>The status side of the conversation: real-time requests and automatic status back.</summary>
public interface IStatusChannel
{
    /// <summary>DLE EOT n.</summary>
    Task RealTimeStatusAsync(int n, CancellationToken cancellationToken);

    /// <summary>GS a n (0 = off).</summary>
    Task AutomaticStatusBackAsync(int flags, CancellationToken cancellationToken);
}
