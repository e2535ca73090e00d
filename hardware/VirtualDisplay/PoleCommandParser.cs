using System.Globalization;
using System.Text;

namespace CounterNode.VirtualDisplay;

/// <summary>
/// Parses the byte stream a pole display or LED board receives, written from the hardware
/// notes (DISPLAY-SCANNER.md), byte by byte so commands split across reads work:
/// <list type="bullet">
/// <item>DM-D: ESC @, ESC t n, ESC = n, US $ x y, US 1/2/3, US X n, US E n, FF, CAN, VT, BS, HT, LF, CR;</item>
/// <item>CD5220: ESC Q A text CR, ESC Q B text CR, ESC l x y, ESC * n;</item>
/// <item>LED boards: STX text ETX (first two characters the address).</item>
/// </list>
/// Printable bytes are written at the cursor. Each command is described in the notes list (the transcript).
/// </summary>
public sealed class PoleCommandParser
{
    private const byte Stx = 0x02;
    private const byte Etx = 0x03;
    private const byte Bs = 0x08;
    private const byte Ht = 0x09;
    private const byte Lf = 0x0A;
    private const byte Vt = 0x0B;
    private const byte Ff = 0x0C;
    private const byte Cr = 0x0D;
    private const byte Can = 0x18;
    private const byte Esc = 0x1B;
    private const byte Us = 0x1F;

    private readonly List<byte> _args = [];
    private readonly StringBuilder _text = new();
    private ParserState _state = ParserState.Text;
    private byte _command;
    private int _needed;

    private enum ParserState
    {
        Text,
        AfterEsc,
        AfterUs,
        Arguments,
        EscQ,
        LineText,
        Frame,
    }

    /// <summary>Applies one byte to <paramref name="device"/>; adds a description of each finished command to <paramref name="notes"/>.</summary>
    public void Feed(byte b, DisplayDevice device, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(notes);
        switch (_state)
        {
            case ParserState.Text:
                Text(b, device, notes);
                break;
            case ParserState.AfterEsc:
                AfterEsc(b, device, notes);
                break;
            case ParserState.AfterUs:
                AfterUs(b, device, notes);
                break;
            case ParserState.Arguments:
                _args.Add(b);
                if (_args.Count == _needed)
                {
                    Execute(device, notes);
                    _state = ParserState.Text;
                }

                break;
            case ParserState.EscQ:
                if (b is (byte)'A' or (byte)'B')
                {
                    _command = b;
                    _text.Clear();
                    _state = ParserState.LineText;
                }
                else
                {
                    Unknown(device, notes, $"ESC Q {b:X2}");
                }

                break;
            case ParserState.LineText:
                if (b == Cr)
                {
                    var row = _command == (byte)'A' ? 1 : 2;
                    if (device.Selected)
                    {
                        device.Screen.SetLine(row, _text.ToString());
                    }

                    notes.Add($"ESC Q {(char)_command} \"{_text}\" CR (line {row})");
                    _state = ParserState.Text;
                }
                else
                {
                    _text.Append(ToChar(b));
                }

                break;
            case ParserState.Frame:
                if (b == Etx)
                {
                    var frame = _text.ToString();
                    var address = frame.Length >= 2 ? frame[..2] : frame;
                    var number = frame.Length >= 2 ? frame[2..] : string.Empty;
                    device.Boards[address] = number;
                    notes.Add($"STX \"{frame}\" ETX (board {address} shows \"{number}\")");
                    _state = ParserState.Text;
                }
                else
                {
                    _text.Append(ToChar(b));
                }

                break;
        }
    }

    private static char ToChar(byte b) => b is >= 0x20 and <= 0x7E ? (char)b : '?';

    private void Text(byte b, DisplayDevice device, List<string> notes)
    {
        switch (b)
        {
            case Esc:
                _state = ParserState.AfterEsc;
                return;
            case Us:
                _state = ParserState.AfterUs;
                return;
            case Stx:
                _text.Clear();
                _state = ParserState.Frame;
                return;
        }

        if (!device.Selected)
        {
            return;
        }

        var screen = device.Screen;
        switch (b)
        {
            case Ff: screen.Clear(); notes.Add("FF (clear)"); break;
            case Can: screen.ClearLine(); notes.Add("CAN (clear line)"); break;
            case Vt: screen.Home(); notes.Add("VT (home)"); break;
            case Bs: screen.Backspace(); break;
            case Ht: screen.Tab(); break;
            case Lf: screen.LineFeed(); break;
            case Cr: screen.CarriageReturn(); break;
            case >= 0x20:
                screen.Write(ToChar(b));
                break;
            default:
                Unknown(device, notes, $"control {b:X2}");
                break;
        }
    }

    private void AfterEsc(byte b, DisplayDevice device, List<string> notes)
    {
        _state = ParserState.Text;
        switch (b)
        {
            case 0x40:
                if (device.Selected)
                {
                    device.Initialise();
                }

                notes.Add("ESC @ (initialise)");
                break;
            case 0x51: _state = ParserState.EscQ; break;
            case 0x74: ExpectArguments(b, 1); break;
            case 0x3D: ExpectArguments(b, 1); break;
            case 0x6C: ExpectArguments(b, 2); break;
            case 0x2A: ExpectArguments(b, 1); break;
            default: Unknown(device, notes, $"ESC {b:X2}"); break;
        }
    }

    // US commands are stored with the high bit set to tell them from ESC commands with arguments.
    private void AfterUs(byte b, DisplayDevice device, List<string> notes)
    {
        _state = ParserState.Text;
        switch (b)
        {
            case 0x01: device.Screen.Mode = ScrollMode.Overwrite; notes.Add("US 1 (overwrite mode)"); break;
            case 0x02: device.Screen.Mode = ScrollMode.Vertical; notes.Add("US 2 (vertical scroll)"); break;
            case 0x03: device.Screen.Mode = ScrollMode.Horizontal; notes.Add("US 3 (horizontal scroll)"); break;
            case 0x24: ExpectArguments((byte)(b | 0x80), 2); break;
            case 0x58: ExpectArguments((byte)(b | 0x80), 1); break;
            case 0x45: ExpectArguments((byte)(b | 0x80), 1); break;
            default: Unknown(device, notes, $"US {b:X2}"); break;
        }
    }

    private void ExpectArguments(byte command, int count)
    {
        _command = command;
        _needed = count;
        _args.Clear();
        _state = ParserState.Arguments;
    }

    private void Execute(DisplayDevice device, List<string> notes)
    {
        var a = _args;
        switch (_command)
        {
            case 0x74:
                device.CodePage = a[0];
                notes.Add(Invariant($"ESC t {a[0]} (code page)"));
                break;
            case 0x3D:
                device.Selected = a[0] != 1;
                notes.Add(Invariant($"ESC = {a[0]} ({(device.Selected ? "display" : "printer")} selected)"));
                break;
            case 0x6C:
                notes.Add(Invariant($"ESC l {a[0]} {a[1]} (cursor){(device.Screen.MoveTo(a[0], a[1]) ? string.Empty : " ignored: out of range")}"));
                break;
            case 0x2A:
            case 0x58 | 0x80:
                if (a[0] is >= 1 and <= 4)
                {
                    device.Brightness = a[0];
                }

                notes.Add(Invariant($"{(_command == 0x2A ? "ESC *" : "US X")} {a[0]} (brightness)"));
                break;
            case 0x24 | 0x80:
                notes.Add(Invariant($"US $ {a[0]} {a[1]} (cursor){(device.Screen.MoveTo(a[0], a[1]) ? string.Empty : " ignored: out of range")}"));
                break;
            case 0x45 | 0x80:
                device.BlinkUnits = a[0];
                notes.Add(Invariant($"US E {a[0]} ({(a[0] == 0 ? "steady" : a[0] == 255 ? "off" : $"blink every {a[0] * 50} ms")})"));
                break;
            default:
                Unknown(device, notes, Invariant($"command {_command:X2}"));
                break;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Unknown(DisplayDevice device, List<string> notes, string what)
    {
        device.UnknownCommands++;
        notes.Add($"unknown {what}");
        _state = ParserState.Text;
    }
}
