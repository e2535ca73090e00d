using System.Globalization;

namespace CounterNode.Simulation;

/// <summary>Knobs of one simulated run (probabilities are per message or per step).</summary>
internal sealed record SimulationSettings
{
    public int Nodes { get; init; } = 20;

    public int Steps { get; init; } = 30;

    public int ActorsPerStep { get; init; } = 2;

    public double DropRequest { get; init; } = 0.08;

    public double DropResponse { get; init; } = 0.08;

    public double Duplicate { get; init; } = 0.05;

    public double Delay { get; init; } = 0.08;

    public double Partition { get; init; } = 0.05;

    public double Heal { get; init; } = 0.25;

    public double NodeCrash { get; init; } = 0.04;

    public double HubRestart { get; init; } = 0.03;

    public double ClockJumpBack { get; init; } = 0.03;

    public double Compaction { get; init; } = 0.03;

    public TimeSpan MaxSkew { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Seeds to run (<c>CN_SIM_SEEDS</c>, default 1000).</summary>
    public static int SeedCount =>
        int.TryParse(Environment.GetEnvironmentVariable("CN_SIM_SEEDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1000;

    /// <summary>A single seed to replay (<c>CN_SIM_SEED</c>), if set.</summary>
    public static int? ReplaySeed =>
        int.TryParse(Environment.GetEnvironmentVariable("CN_SIM_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : null;
}
