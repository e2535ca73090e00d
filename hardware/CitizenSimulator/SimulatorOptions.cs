using System.Globalization;

namespace CounterNode.CitizenSimulator;

/// <summary>Command line of the simulator.</summary>
/// <param name="Kiosk">Kiosk node base address.</param>
/// <param name="Counters">Counter node base addresses.</param>
/// <param name="ScannerFifos">Counter address → FIFO feeding that counter's virtual scanner (optional per counter).</param>
/// <param name="OfficerId">Officer who signs in at every counter.</param>
/// <param name="Pin">The officer's PIN.</param>
/// <param name="Services">Prefixes citizens choose from; empty = every service the kiosk offers.</param>
/// <param name="Arrival">Mean time between two citizens.</param>
/// <param name="Service">Mean time a counter serves one citizen.</param>
/// <param name="PriorityShare">Share of citizens with a priority category (0–1).</param>
/// <param name="Seed">Random seed (same seed, same stream of choices).</param>
/// <param name="Duration">Stop after this long; null = until Ctrl+C.</param>
internal sealed record SimulatorOptions(
    Uri Kiosk,
    IReadOnlyList<Uri> Counters,
    IReadOnlyDictionary<Uri, string> ScannerFifos,
    string OfficerId,
    string Pin,
    IReadOnlyList<string> Services,
    TimeSpan Arrival,
    TimeSpan Service,
    double PriorityShare,
    int Seed,
    TimeSpan? Duration)
{
    public const string Usage = """
        CounterNode.CitizenSimulator --kiosk URL --counter URL [--counter URL ...] [--scanner URL=FIFO ...]
            [--officer cb01 --pin 1234] [--services A,B,C] [--arrival-seconds 4] [--service-seconds 10]
            [--priority-share 0.15] [--seed 1] [--duration-seconds N]
        Citizens take tickets at the kiosk; each counter signs in, calls the next ticket, "scans" the
        citizen's ticket (through its virtual scanner FIFO when given, else the start button), serves,
        and finishes. Everything goes through the nodes' HTTP APIs.
        """;

    /// <exception cref="ArgumentException">A missing or malformed argument (the message says which).</exception>
    public static SimulatorOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Uri? kiosk = null;
        var counters = new List<Uri>();
        var fifos = new Dictionary<Uri, string>();
        string officer = "cb01", pin = "1234";
        var services = new List<string>();
        double arrival = 4, service = 10, priority = 0.15;
        var seed = 1;
        TimeSpan? duration = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Number() => double.Parse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--kiosk": kiosk = Address(Next()); break;
                case "--counter": counters.Add(Address(Next())); break;
                case "--scanner":
                    var pair = Next().Split('=', 2);
                    if (pair.Length != 2)
                        throw new ArgumentException("--scanner needs URL=FIFO.");
                    fifos[Address(pair[0])] = pair[1];
                    break;
                case "--officer": officer = Next(); break;
                case "--pin": pin = Next(); break;
                case "--services": services.AddRange(Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--arrival-seconds": arrival = Number(); break;
                case "--service-seconds": service = Number(); break;
                case "--priority-share": priority = Number(); break;
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--duration-seconds": duration = TimeSpan.FromSeconds(Number()); break;
                default: throw new ArgumentException($"Unknown argument {args[i]}.");
            }
        }

        if (kiosk is null)
            throw new ArgumentException("--kiosk is required.");
        if (arrival <= 0 || service <= 0)
            throw new ArgumentException("--arrival-seconds and --service-seconds must be above 0.");
        if (priority is < 0 or > 1)
            throw new ArgumentException("--priority-share must be between 0 and 1.");
        return new SimulatorOptions(kiosk, counters, fifos, officer, pin, services,
            TimeSpan.FromSeconds(arrival), TimeSpan.FromSeconds(service), priority, seed, duration);
    }

    private static Uri Address(string text) =>
        Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"'{text}' is not an http address.");
}
