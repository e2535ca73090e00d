using System.Runtime.CompilerServices;

namespace CounterNode.Node.Devices.Scanning.Hosting;

/// <summary>For a node without a scanner: yields nothing until cancelled.</summary>
public sealed class NullBarcodeScanner : IBarcodeScanner
{
    public string Description => "none";

    public async IAsyncEnumerable<ScanResult> ReadScansAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        yield break;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
