using System.Text;

namespace CounterNode.Node.Devices.Printing.Text;

/// <summary>
/// Plain-ASCII stand-ins for typographic punctuation a code page may lack (the arrow and dashes
/// of a return-date explanation, curly quotes). Only punctuation degrades this way: a letter a
/// code page cannot print is still refused, because a changed letter changes a name.
/// </summary>
internal static class TypographicFallback
{
    private static readonly Dictionary<string, string> Table = new(StringComparer.Ordinal)
    {
        ["→"] = "->",
        ["←"] = "<-",
        ["–"] = "-",
        ["—"] = "-",
        ["−"] = "-",
        ["…"] = "...",
        ["“"] = "\"",
        ["”"] = "\"",
        ["„"] = "\"",
        ["‘"] = "'",
        ["’"] = "'",
        ["•"] = "*",
        ["·"] = ".",
        ["×"] = "x",
        ["\u00A0"] = " ",
        ["\u2009"] = " ",
        ["\u202F"] = " ",
    };

    /// <summary>
    /// Replaces each element the code page cannot print by its stand-in, when it has one; every
    /// other element (letters above all) is left for the encoder to accept or refuse.
    /// </summary>
    public static string Apply(string text, Func<string, bool> canEncode)
    {
        // Element indexes refer to the NFC form, so work on that form throughout.
        text = text.Normalize(NormalizationForm.FormC);
        StringBuilder? result = null;
        var last = 0;
        foreach (var (element, index) in VietnameseLetters.Elements(text))
        {
            if (!Table.TryGetValue(element, out var plain) || canEncode(element))
                continue;
            result ??= new StringBuilder(text.Length + 8);
            result.Append(text, last, index - last).Append(plain);
            last = index + element.Length;
        }

        return result is null ? text : result.Append(text, last, text.Length - last).ToString();
    }
}
