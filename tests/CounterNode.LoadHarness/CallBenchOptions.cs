using System.Globalization;

namespace CounterNode.LoadHarness;

/// <summary>
/// Command line of the call benchmark: <c>--mode calls --counters 50 --boards 5 --samples 200
/// --warmup 10 --kiosk-seconds 10 --max-seconds 150</c>.
/// </summary>
internal sealed record CallBenchOptions(int Counters, int Boards, int Samples, int Warmup, int KioskSeconds, TimeSpan MaxDuration)
{
    public static CallBenchOptions Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var options = new CallBenchOptions(Int("--counters", 50), Int("--boards", 5), Int("--samples", 200), Int("--warmup", 10),
            Int("--kiosk-seconds", 10), TimeSpan.FromSeconds(Int("--max-seconds", 150)));
        if (options.Counters is < 1 or > 99 || options.Boards < 1 || options.Samples < 1 || options.KioskSeconds < 0)
            throw new ArgumentException("Need 1-99 counters, at least 1 board and 1 sample, and kiosk seconds >= 0.");
        return options;
    }
}
