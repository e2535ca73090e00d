using System.ComponentModel;
using System.Diagnostics;

namespace CounterNode.Node.Devices.Voice.Speech;

/// <summary>
/// The voices espeak-ng has installed (<c>espeak-ng --voices</c>). Needed because espeak-ng
/// silently falls back to its default English voice for an unknown <c>-v</c>, which would read
/// Vietnamese calls unintelligibly without any error.
/// </summary>
public static class EspeakVoices
{
    /// <summary>Language codes, voice names and voice file names, case-insensitive; empty when espeak-ng cannot run.</summary>
    public static IReadOnlySet<string> Installed(string executable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(executable, ["--voices"]) { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return names;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // Columns: Pty Language Age/Gender VoiceName File Other-languages; first line is the header.
            foreach (var line in output.Split('\n').Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length >= 5)
                {
                    names.Add(columns[1]);
                    names.Add(columns[3]);
                    names.Add(columns[4]);
                    names.Add(columns[4].Split('/')[^1]);
                }
            }
        }
        catch (Win32Exception)
        {
            // Not installed: the caller reports that separately.
        }

        return names;
    }
}
