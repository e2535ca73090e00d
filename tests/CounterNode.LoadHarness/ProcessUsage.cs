using System.Diagnostics;
using System.Globalization;

namespace CounterNode.LoadHarness;

/// <summary>
/// CPU time and resident memory of a child process (the Hub), read before and after the samples:
/// the Hub's cost per commit, and whether its memory grows with the commits (a leak shows as a
/// resident set that keeps rising run after run, not as one number).
/// </summary>
internal sealed record ProcessUsage(TimeSpan Cpu, long ResidentBytes, long PeakResidentBytes)
{
    /// <summary>Reads the process now (resident sizes from <c>/proc</c>; zero where unavailable).</summary>
    public static ProcessUsage Read(Process process)
    {
        process.Refresh();
        return new ProcessUsage(process.TotalProcessorTime, StatusKilobytes(process.Id, "VmRSS:") * 1024, StatusKilobytes(process.Id, "VmHWM:") * 1024);
    }

    /// <summary>One line: CPU share over <paramref name="elapsed"/>, CPU per commit, resident memory before → after (peak).</summary>
    public static string Describe(ProcessUsage before, ProcessUsage after, TimeSpan elapsed, int commits)
    {
        var cpu = after.Cpu - before.Cpu;
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU {cpu.TotalSeconds:F1} s in {elapsed.TotalSeconds:F1} s ({100 * cpu / elapsed:F0} % of one core, " +
            $"{(commits > 0 ? cpu.TotalMilliseconds / commits : 0):F2} ms per commit), " +
            $"resident {before.ResidentBytes / 1048576.0:F0} → {after.ResidentBytes / 1048576.0:F0} MiB (peak {after.PeakResidentBytes / 1048576.0:F0} MiB)");
    }

    private static long StatusKilobytes(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // Not Linux, or the process is gone: no reading.
        }

        return 0;
    }
}
