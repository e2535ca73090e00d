namespace CounterNode.LoadHarness;

/// <summary>Nearest-rank percentiles of latency samples in milliseconds.</summary>
internal sealed class LatencyStats(IReadOnlyCollection<double> samples)
{
    private readonly double[] _sorted = [.. samples.Order()];

    public int Count => _sorted.Length;

    public double Percentile(double p)
    {
        if (_sorted.Length == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
}
