using System.Globalization;
using System.Text;

namespace CounterNode.Node.Devices.Printing.Text;

/// <summary>Splits a Vietnamese letter into its base (with circumflex, breve or horn) and its tone.</summary>
internal static class VietnameseLetters
{
    /// <summary>The five combining tone marks (grave, hook above, tilde, acute, dot below).</summary>
    public static bool IsTone(char c) => c is '\u0300' or '\u0309' or '\u0303' or '\u0301' or '\u0323';

    /// <summary>
    /// Decomposes one text element: returns the base letter recomposed without its tone (e.g. "ệ" →
    /// "ê") and the tone mark, or <c>'\0'</c> when there is none.
    /// </summary>
    public static (string Base, char Tone) Split(string element)
    {
        var decomposed = element.Normalize(NormalizationForm.FormD);
        var tone = '\0';
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsTone(c) && tone == '\0')
            {
                tone = c;
            }
            else
            {
                builder.Append(c);
            }
        }

        return (builder.ToString().Normalize(NormalizationForm.FormC), tone);
    }

    /// <summary>Text elements (grapheme clusters) of the NFC form, with their index in the input.</summary>
    public static IEnumerable<(string Element, int Index)> Elements(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var enumerator = StringInfo.GetTextElementEnumerator(normalized);
        while (enumerator.MoveNext())
        {
            yield return (enumerator.GetTextElement(), enumerator.ElementIndex);
        }
    }
}
