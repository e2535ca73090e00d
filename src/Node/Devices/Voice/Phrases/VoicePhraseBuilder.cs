using System.Text;

namespace CounterNode.Node.Devices.Voice.Phrases;

/// <summary>
/// Builds what is spoken: "Mời công dân có số thứ tự {number} đến quầy số {counter}" (the
/// center's wording, configurable). The ticket number is spelled character by character —
/// letters by their Vietnamese names, digits one by one ("A012" → "A không một hai") — because
/// it must match what is printed, leading zeros included; a citizen compares it digit by digit
/// with the ticket in hand. The counter is read as a number ("quầy số mười hai").
/// </summary>
public sealed class VoicePhraseBuilder
{
    /// <summary>The default wording (FORMS-AND-CALENDAR.md, "Voice call").</summary>
    public const string DefaultTemplate = "Mời công dân có số thứ tự {number} đến quầy số {counter}";

    private readonly string _template;

    public VoicePhraseBuilder(string template = DefaultTemplate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        if (!template.Contains("{number}", StringComparison.Ordinal) || !template.Contains("{counter}", StringComparison.Ordinal))
        {
            throw new ArgumentException("The voice phrase must contain {number} and {counter}.", nameof(template));
        }

        _template = template;
    }

    /// <summary>The phrase for <paramref name="call"/>.</summary>
    /// <exception cref="ArgumentException">The ticket number is empty or has a character that cannot be spoken.</exception>
    public string Build(VoiceCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentOutOfRangeException.ThrowIfLessThan(call.Counter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(call.Counter, 999);
        return _template
            .Replace("{number}", SpellTicketNumber(call.TicketNumber), StringComparison.Ordinal)
            .Replace("{counter}", VietnameseNumberWords.Cardinal(call.Counter), StringComparison.Ordinal);
    }

    /// <summary>"A012" → "A không một hai"; "B-7" → "bê bảy". Separators ('-', '.', '/', ' ') are skipped.</summary>
    public static string SpellTicketNumber(string ticketNumber)
    {
        ArgumentNullException.ThrowIfNull(ticketNumber);
        var words = new List<string>();
        foreach (var c in ticketNumber.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                words.Add(VietnameseNumberWords.Digit(c - '0'));
            }
            else if (char.IsAsciiLetter(c) || c is 'Đ' or 'đ')
            {
                words.Add(VietnameseLetterNames.For(c));
            }
            else if (c is not ('-' or '.' or '/' or ' '))
            {
                throw new ArgumentException($"Ticket number has a character that cannot be spoken: '{c}'.", nameof(ticketNumber));
            }
        }

        if (words.Count == 0)
        {
            throw new ArgumentException("Ticket number is empty.", nameof(ticketNumber));
        }

        return string.Join(' ', words);
    }
}
