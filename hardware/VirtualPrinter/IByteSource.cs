namespace CounterNode.VirtualPrinter;

/// <summary>Bytes arriving from the host, one at a time.</summary>
public interface IByteSource
{
    /// <summary>The next byte, or -1 when the host closed the connection.</summary>
    ValueTask<int> ReadByteAsync(CancellationToken cancellationToken);
}
