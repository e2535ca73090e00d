namespace CounterNode.VirtualPrinter;

/// <summary>
/// The scriptable state of the virtual printer (paper, cover, errors) and fault injection for
/// tests. Commands: paper-out, paper-ok, paper-low, cover-open, cover-close, cutter-error,
/// cutter-ok, offline, online, reset-after N (drop the next connection after N bytes),
/// garbage-status (answer the next status request with garbage), mute (never answer status),
/// unmute, ready (all clear).
/// </summary>
public sealed class VirtualPrinterState
{
    private readonly Lock _gate = new();

    /// <summary>Raised after any change of paper, cover, error or online state.</summary>
    public event EventHandler? Changed;

    public bool PaperOut { get; private set; }

    public bool PaperNearEnd { get; private set; }

    public bool CoverOpen { get; private set; }

    public bool CutterError { get; private set; }

    public bool Offline { get; private set; }

    /// <summary>Whether printing is possible (what a real printer does with data otherwise: nothing).</summary>
    public bool CanPrint
    {
        get
        {
            lock (_gate)
            {
                return !PaperOut && !CoverOpen && !CutterError && !Offline;
            }
        }
    }

    /// <summary>When set, the next connection is reset after this many bytes were received.</summary>
    public int? ResetAfterBytes { get; set; }

    /// <summary>When set, the next status request gets a garbage byte.</summary>
    public bool GarbageStatusOnce { get; set; }

    /// <summary>When set, status requests get no answer.</summary>
    public bool Mute { get; set; }

    /// <summary>Applies a command (see the class summary); returns false for an unknown one.</summary>
    public bool Apply(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parts = command.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        var changed = true;
        lock (_gate)
        {
            switch (parts[0].ToLowerInvariant())
            {
                case "paper-out": PaperOut = true; break;
                case "paper-ok": PaperOut = false; PaperNearEnd = false; break;
                case "paper-low": PaperNearEnd = true; break;
                case "cover-open": CoverOpen = true; break;
                case "cover-close": CoverOpen = false; break;
                case "cutter-error": CutterError = true; break;
                case "cutter-ok": CutterError = false; break;
                case "offline": Offline = true; break;
                case "online": Offline = false; break;
                case "ready": PaperOut = PaperNearEnd = CoverOpen = CutterError = Offline = false; break;
                case "reset-after" when parts.Length == 2 && int.TryParse(parts[1], out var n) && n >= 0:
                    ResetAfterBytes = n;
                    changed = false;
                    break;
                case "garbage-status": GarbageStatusOnce = true; changed = false; break;
                case "mute": Mute = true; changed = false; break;
                case "unmute": Mute = false; changed = false; break;
                default: return false;
            }
        }

        if (changed)
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }

        return true;
    }

    /// <summary>Reply byte to <c>DLE EOT n</c> (Epson: fixed bits 0xx1xx10 = 0x12).</summary>
    public byte RealTimeStatus(int n)
    {
        lock (_gate)
        {
            var offline = PaperOut || CoverOpen || CutterError || Offline;
            return n switch
            {
                1 => (byte)(0x12 | (offline ? 0x08 : 0)),
                2 => (byte)(0x12 | (CoverOpen ? 0x04 : 0) | (PaperOut ? 0x20 : 0) | (CutterError ? 0x40 : 0)),
                3 => (byte)(0x12 | (CutterError ? 0x08 : 0)),
                4 => (byte)(0x12 | (PaperNearEnd || PaperOut ? 0x0C : 0) | (PaperOut ? 0x60 : 0)),
                _ => 0x12,
            };
        }
    }

    /// <summary>The 4-byte automatic status back block (first byte 0xx1xx00 = 0x10).</summary>
    public byte[] AutomaticStatusBack()
    {
        lock (_gate)
        {
            var offline = PaperOut || CoverOpen || CutterError || Offline;
            return
            [
                (byte)(0x10 | (offline ? 0x08 : 0) | (CoverOpen ? 0x20 : 0)),
                (byte)(CutterError ? 0x08 : 0),
                (byte)((PaperNearEnd || PaperOut ? 0x03 : 0) | (PaperOut ? 0x0C : 0)),
                0x00,
            ];
        }
    }
}
