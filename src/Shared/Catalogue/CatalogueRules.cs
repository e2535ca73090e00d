using System.Text;

namespace CounterNode.Shared.Catalogue;

/// <summary>The shapes of catalogue keys, shared by the validation, the Hub's admin page and the node's readers.</summary>
public static class CatalogueRules
{
    /// <summary>Longest department code.</summary>
    public const int MaxDepartmentCodeLength = 16;

    /// <summary>Longest officer id.</summary>
    public const int MaxOfficerIdLength = 32;

    /// <summary>Longest procedure code.</summary>
    public const int MaxProcedureCodeLength = 32;

    /// <summary>Longest priority-category slug.</summary>
    public const int MaxSlugLength = 40;

    /// <summary>Longest display name or document title.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Highest counter number.</summary>
    public const int MaxCounterNumber = 999;

    /// <summary>Longest statutory processing time accepted, in working days.</summary>
    public const int MaxProcessingDays = 365;

    /// <summary>Most normal tickets between two priority ones.</summary>
    public const int MaxNormalsBetween = 20;

    /// <summary>A sign-in PIN as officers choose it: 4–8 ASCII digits (only its hash is ever stored).</summary>
    public static bool IsPin(string? pin) => pin is { Length: >= 4 and <= 8 } && pin.All(char.IsAsciiDigit);

    /// <summary>Department code: upper-case ASCII letters and digits (e.g. <c>SKHDT</c>).</summary>
    public static bool IsDepartmentCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= MaxDepartmentCodeLength && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>Procedure code: upper-case ASCII letters, digits, <c>-</c>, <c>.</c> (e.g. <c>STP-01</c>).</summary>
    public static bool IsProcedureCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= MaxProcedureCodeLength
        && char.IsAsciiLetterOrDigit(code[0]) && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '.');

    /// <summary>Officer id: ASCII letters, digits, <c>.</c>, <c>_</c>, <c>-</c>; no <c>:</c> so a badge splits unambiguously.</summary>
    public static bool IsOfficerId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxOfficerIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Slug: lower-case ASCII letters, digits and single inner <c>-</c>.</summary>
    public static bool IsSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxSlugLength && slug[0] != '-' && slug[^1] != '-'
        && !slug.Contains("--", StringComparison.Ordinal) && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>
    /// A slug of a Vietnamese name: diacritics dropped (đ → d), lower case, words joined by <c>-</c>
    /// ("Người cao tuổi" → <c>nguoi-cao-tuoi</c>).
    /// </summary>
    public static string Slugify(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
                slug.Append(char.ToLowerInvariant(c));
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or ',')
            {
                if (slug.Length > 0 && slug[^1] != '-')
                    slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length <= MaxSlugLength ? text : text[..MaxSlugLength].TrimEnd('-');
    }
}
