namespace CounterNode.Node.Devices.Scanning.Evdev;

/// <summary>
/// Turns key events into scan input: tracks both shift keys, acts on presses, ends the scan on
/// Enter. Keys without a character and auto-repeats (a scanner never holds a key) garble the scan.
/// EV_SYN and EV_MSC (scan codes) are ignored.
/// </summary>
public sealed class EvdevKeyDecoder
{
    private bool _leftShift;
    private bool _rightShift;

    /// <summary>Applies one event to <paramref name="assembler"/>, using the event's own timestamp.</summary>
    public void Apply(InputEvent e, ScanLineAssembler assembler, ICollection<ScanResult> output)
    {
        ArgumentNullException.ThrowIfNull(assembler);
        if (e.Type != InputEvent.EvKey)
        {
            return;
        }

        if (EvdevKeyMap.IsShift(e.Code))
        {
            var down = e.Value != 0;
            if (e.Code == EvdevKeyMap.KeyLeftShift)
            {
                _leftShift = down;
            }
            else
            {
                _rightShift = down;
            }

            return;
        }

        if (e.Value == 0)
        {
            return;
        }

        if (e.Value != 1)
        {
            assembler.Garble(ScanRejectReason.UnknownKey, e.Time, output);
            return;
        }

        if (EvdevKeyMap.IsEnter(e.Code))
        {
            assembler.Terminate(output);
            return;
        }

        if (EvdevKeyMap.ToChar(e.Code, _leftShift || _rightShift) is { } c)
        {
            assembler.Character((byte)c, e.Time, output);
        }
        else
        {
            assembler.Garble(ScanRejectReason.UnknownKey, e.Time, output);
        }
    }
}
