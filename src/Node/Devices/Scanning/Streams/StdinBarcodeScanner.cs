namespace CounterNode.Node.Devices.Scanning.Streams;

/// <summary>
/// For development without a scanner: lines typed or piped into the node's standard input.
/// The same validation applies (a human typing slower than the inter-key timeout gets
/// "partial" — paste or pipe the code instead).
/// </summary>
public sealed class StdinBarcodeScanner : LineStreamScanner
{
    private readonly Func<Stream> _open;

    /// <param name="settings">Validation.</param>
    /// <param name="timeProvider">Time for the inter-key timeout.</param>
    /// <param name="logger">Logger.</param>
    /// <param name="open">The input; standard input when null (tests pass a redirected stream).</param>
    public StdinBarcodeScanner(ScanValidationSettings settings, TimeProvider timeProvider, ILogger<StdinBarcodeScanner> logger, Func<Stream>? open = null)
        : base(settings, timeProvider, logger)
    {
        _open = open ?? Console.OpenStandardInput;
    }

    public override string Description => "stdin";

    protected override Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_open());
    }
}
