using System.Globalization;
using System.Text;

namespace CounterNode.Node.Devices.Display.Text;

/// <summary>
/// Folds Vietnamese text to plain ASCII for character displays. Pole displays and LED boards
/// have no Vietnamese character set (their code pages are PC437/PC850-like), so "Quầy 3"
/// becomes "Quay 3" on the device only; screens and paper keep full diacritics.
/// </summary>
public static class AsciiTransliterator
{
    /// <summary>The character used for anything that has no ASCII form (e.g. "€").</summary>
    public const char Replacement = '?';

    /// <summary>
    /// Removes diacritics (tone and vowel marks), maps đ/Đ to d/D, turns control characters
    /// and other non-ASCII characters into <see cref="Replacement"/>.
    /// </summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                >= ' ' and <= '~' => c,
                _ => Replacement,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether every character is printable ASCII (0x20-0x7E).</summary>
    public static bool IsPrintableAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
