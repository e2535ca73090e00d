using System.Globalization;
using System.Text;

namespace CounterNode.Node.Devices.Scanning;

/// <summary>
/// Turns a timed stream of characters (bytes from a serial or stdin scanner, key presses from
/// a keyboard wedge) into scans. Pure and single-threaded: the caller passes the time of each
/// input, so recorded input replays exactly. Rules:
/// <list type="bullet">
/// <item>CR, LF or CR LF ends a scan; an empty line is no scan;</item>
/// <item>a pause longer than <see cref="ScanValidationSettings.InterKeyTimeout"/> with characters
/// pending cuts the scan: the part before is rejected as partial, and so is what follows within
/// <see cref="ScanValidationSettings.PartialQuietTime"/> (the tail of the same broken scan);</item>
/// <item>control characters, invalid UTF-8, unknown keys, too many characters (and non-ASCII when
/// configured) reject the whole scan when it ends.</item>
/// </list>
/// </summary>
public sealed class ScanLineAssembler
{
    private const byte Cr = 0x0D;
    private const byte Lf = 0x0A;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ScanValidationSettings _settings;
    private readonly List<byte> _pending = [];
    private ScanRejectReason? _fault;
    private bool _hasInput;
    private bool _afterCr;
    private TimeSpan _lastInputAt;
    private TimeSpan? _lastPartialAt;

    public ScanLineAssembler(ScanValidationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
    }

    /// <summary>Whether part of a scan is waiting for its terminator.</summary>
    public bool HasPending => _hasInput;

    /// <summary>Time of the last input taken (the idle timer measures from it).</summary>
    public TimeSpan LastInputAt => _lastInputAt;

    /// <summary>Takes one byte of a line-oriented scanner (CR/LF terminate).</summary>
    public void Byte(byte value, TimeSpan at, ICollection<ScanResult> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (value == Cr)
        {
            _afterCr = true;
            Terminate(output);
            return;
        }

        if (value == Lf)
        {
            if (!_afterCr)
            {
                Terminate(output);
            }

            _afterCr = false;
            return;
        }

        _afterCr = false;
        Character(value, at, output);
    }

    /// <summary>Takes one character byte (never a terminator; control bytes reject the scan at its end).</summary>
    public void Character(byte value, TimeSpan at, ICollection<ScanResult> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Begin(at, output);
        if (_pending.Count >= _settings.MaxLength)
        {
            _fault ??= ScanRejectReason.TooLong;
        }
        else
        {
            _pending.Add(value);
        }
    }

    /// <summary>Marks the current scan as garbled (e.g. an unknown key); it is rejected when it ends.</summary>
    public void Garble(ScanRejectReason reason, TimeSpan at, ICollection<ScanResult> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Begin(at, output);
        _fault ??= reason;
    }

    /// <summary>Ends the current scan (Enter / CR / LF) and adds its result, if it had any input.</summary>
    public void Terminate(ICollection<ScanResult> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!_hasInput)
        {
            return;
        }

        output.Add(Finish());
        Reset();
    }

    /// <summary>
    /// Called when no input came for the inter-key timeout, or the device closed: pending
    /// characters are a partial scan. Returns null when nothing was pending.
    /// </summary>
    public ScanRejected? Expire()
    {
        if (!_hasInput)
        {
            return null;
        }

        _lastPartialAt = _lastInputAt;
        Reset();
        return ScanResult.Rejected(ScanRejectReason.Partial);
    }

    private void Begin(TimeSpan at, ICollection<ScanResult> output)
    {
        if (_hasInput && at - _lastInputAt > _settings.InterKeyTimeout)
        {
            output.Add(Expire()!);
        }

        if (!_hasInput)
        {
            _hasInput = true;
            if (_lastPartialAt is { } partialAt && at - partialAt <= _settings.PartialQuietTime)
            {
                _fault = ScanRejectReason.Partial;
            }
        }

        _lastInputAt = at;
        if (_fault == ScanRejectReason.Partial)
        {
            // Each piece of a broken burst extends the quiet time.
            _lastPartialAt = at;
        }
    }

    private ScanResult Finish()
    {
        if (_fault is { } fault)
        {
            return ScanResult.Rejected(fault);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString([.. _pending]);
        }
        catch (DecoderFallbackException)
        {
            return ScanResult.Rejected(ScanRejectReason.InvalidEncoding);
        }

        foreach (var rune in text.EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                    or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    return ScanResult.Rejected(ScanRejectReason.ControlCharacter);
            }

            if (_settings.AsciiOnly && !rune.IsAscii)
            {
                return ScanResult.Rejected(ScanRejectReason.NonAscii);
            }
        }

        return ScanResult.Accepted(text);
    }

    private void Reset()
    {
        _pending.Clear();
        _fault = null;
        _hasInput = false;
    }
}
