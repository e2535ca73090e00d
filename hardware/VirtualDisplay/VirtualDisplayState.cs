using System.Globalization;
using System.Text;

namespace CounterNode.VirtualDisplay;

/// <summary>
/// The virtual display seen from outside: feed it bytes (from TCP or a pty), read the screen
/// (<see cref="Snapshot"/>), the raw bytes (<see cref="RawBytes"/>) and the transcript, or wait
/// for a screen (<see cref="WaitForAsync"/>). Thread-safe.
/// </summary>
public sealed class VirtualDisplayState
{
    private readonly Lock _gate = new();
    private readonly DisplayDevice _device = new();
    private readonly PoleCommandParser _parser = new();
    private readonly List<byte> _raw = [];
    private readonly List<string> _transcript = [];
    private readonly TimeProvider _time;
    private readonly TextWriter? _transcriptFile;
    private long _version;

    /// <param name="timeProvider">Clock for transcript lines.</param>
    /// <param name="transcriptFile">Where transcript lines are also written (flushed per chunk), or null.</param>
    public VirtualDisplayState(TimeProvider? timeProvider = null, TextWriter? transcriptFile = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _transcriptFile = transcriptFile;
    }

    /// <summary>Raised (outside the lock) after each received chunk that was applied.</summary>
    public event EventHandler<DisplaySnapshot>? Changed;

    /// <summary>The current screen and registers.</summary>
    public DisplaySnapshot Snapshot
    {
        get
        {
            lock (_gate)
            {
                return TakeSnapshot();
            }
        }
    }

    /// <summary>Every byte received, in order.</summary>
    public byte[] RawBytes
    {
        get
        {
            lock (_gate)
            {
                return [.. _raw];
            }
        }
    }

    /// <summary>The transcript: received bytes in hex, commands, screen after each chunk.</summary>
    public IReadOnlyList<string> Transcript
    {
        get
        {
            lock (_gate)
            {
                return [.. _transcript];
            }
        }
    }

    /// <summary>Applies bytes as received from the host.</summary>
    public void Receive(ReadOnlySpan<byte> bytes, string source)
    {
        DisplaySnapshot snapshot;
        lock (_gate)
        {
            _raw.AddRange(bytes);
            var notes = new List<string>();
            foreach (var b in bytes)
            {
                _parser.Feed(b, _device, notes);
            }

            _version++;
            snapshot = TakeSnapshot();
            var stamp = _time.GetUtcNow().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
            var lines = new List<string> { $"{stamp} {source} < {Convert.ToHexString(bytes)}" };
            lines.AddRange(notes.Select(n => $"{stamp}   {n}"));
            lines.Add($"{stamp}   screen |{snapshot.Upper}| |{snapshot.Lower}| blink={snapshot.BlinkUnits} brightness={snapshot.Brightness}");
            _transcript.AddRange(lines);
            if (_transcriptFile is not null)
            {
                foreach (var line in lines)
                {
                    _transcriptFile.WriteLine(line);
                }

                _transcriptFile.Flush();
            }
        }

        Changed?.Invoke(this, snapshot);
    }

    /// <summary>Waits until the display satisfies <paramref name="predicate"/>; returns that snapshot.</summary>
    /// <exception cref="TimeoutException">Not within <paramref name="timeout"/> (a safety net; the message shows the screen).</exception>
    public async Task<DisplaySnapshot> WaitForAsync(Func<DisplaySnapshot, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var reached = new TaskCompletionSource<DisplaySnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(object? sender, DisplaySnapshot snapshot)
        {
            if (predicate(snapshot))
            {
                reached.TrySetResult(snapshot);
            }
        }

        Changed += OnChanged;
        try
        {
            var now = Snapshot;
            if (predicate(now))
            {
                return now;
            }

            return await reached.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var last = Snapshot;
            throw new TimeoutException($"The virtual display did not reach the expected state within {timeout}; it shows |{last.Upper}| |{last.Lower}| blink={last.BlinkUnits}.");
        }
        finally
        {
            Changed -= OnChanged;
        }
    }

    /// <summary>The screen as two lines of text, for the console.</summary>
    public static string Render(DisplaySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var border = new string('-', DisplayScreen.Columns);
        var builder = new StringBuilder();
        builder.Append('+').Append(border).Append('+').AppendLine(snapshot.Blinking ? " (blinking)" : string.Empty);
        builder.Append('|').Append(snapshot.Upper).AppendLine("|");
        builder.Append('|').Append(snapshot.Lower).AppendLine("|");
        builder.Append('+').Append(border).Append('+');
        foreach (var (address, number) in snapshot.Boards)
        {
            builder.AppendLine().Append(CultureInfo.InvariantCulture, $"board {address}: {number}");
        }

        return builder.ToString();
    }

    private DisplaySnapshot TakeSnapshot() => new(
        _version,
        _device.Screen.Line(1),
        _device.Screen.Line(2),
        _device.BlinkUnits,
        _device.Brightness,
        new Dictionary<string, string>(_device.Boards, StringComparer.Ordinal),
        _raw.Count,
        _device.UnknownCommands);
}
