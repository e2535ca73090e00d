using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// The frame of the Hub's printable A4 documents: the national heading, print CSS (A4, margins,
/// table borders, rows not split across pages) and HTML encoding of every value.
/// </summary>
internal static class PrintPage
{
    private static readonly TimeSpan CenterOffset = TimeSpan.FromHours(7);

    // Vietnamese letters stay readable in the source; only markup-significant characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Css = """
        @page { size: A4 landscape; margin: 12mm 10mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Serif", "Times New Roman", serif; font-size: 11pt; color: #000; margin: 0; }
        .sheet { max-width: 277mm; margin: 0 auto; padding: 6mm 0; }
        .heading { display: flex; justify-content: space-between; text-align: center; }
        .heading div { width: 48%; }
        .heading .agency { text-transform: uppercase; }
        .heading b { display: block; }
        h1 { text-align: center; font-size: 14pt; margin: 8mm 0 2mm; text-transform: uppercase; }
        .subtitle { text-align: center; margin: 0 0 5mm; }
        table { width: 100%; border-collapse: collapse; }
        th, td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; }
        th { font-weight: bold; text-align: center; font-size: 10pt; }
        td.num { text-align: center; white-space: nowrap; }
        td.notes { min-width: 45mm; }
        tr { page-break-inside: avoid; }
        .signatures { display: flex; justify-content: space-around; margin-top: 10mm; text-align: center; }
        .signatures div { width: 40%; min-height: 30mm; }
        .note { font-size: 9pt; font-style: italic; margin-top: 4mm; }
        .toolbar { margin: 0 0 4mm; }
        @media print { .toolbar { display: none; } }
        """;

    /// <summary>A whole printable page around <paramref name="body"/>.</summary>
    public static string Wrap(string title, string body)
    {
        var html = new StringBuilder(body.Length + 2048);
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(title))
            .Append("</title><style>").Append(Css).Append("</style></head><body><main class=\"sheet\">")
            .Append("<p class=\"toolbar\"><button type=\"button\" onclick=\"window.print()\">In</button></p>")
            .Append(body)
            .Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>The heading: the center on the left, the national motto on the right.</summary>
    public static string Heading(string centerName, DateTimeOffset printedAt) =>
        "<div class=\"heading\"><div><span class=\"agency\">" + Encode(centerName) + "</span><b>BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ</b></div>"
        + "<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><b>Độc lập - Tự do - Hạnh phúc</b><i>"
        + Encode(string.Create(CultureInfo.InvariantCulture, $"In lúc {Local(printedAt):HH:mm} ngày {Local(printedAt):dd/MM/yyyy}"))
        + "</i></div></div>";

    /// <summary>HTML-encodes a value (null → empty).</summary>
    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    /// <summary>Center-local time of an instant.</summary>
    public static DateTime Local(DateTimeOffset at) => at.ToOffset(CenterOffset).DateTime;

    /// <summary>"HH:mm dd/MM/yyyy" center-local, or empty.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? Local(value).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>"dd/MM/yyyy".</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
