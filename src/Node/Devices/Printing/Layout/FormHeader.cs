using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>The agency and national headers every administrative form starts with.</summary>
internal static class FormHeader
{
    public const string ReprintBanner = "*** BẢN IN LẠI ***";

    public static void Reprint(LayoutBuilder page, bool reprint)
    {
        if (reprint)
        {
            // A job interrupted mid-write is printed again; say so on paper so nobody takes two
            // copies for two dossiers.
            page.Center(ReprintBanner, bold: true, scale: 2);
        }
    }

    public static void Write(LayoutBuilder page, IssuingAgency agency)
    {
        page.Center(agency.SuperiorName)
            .Center(agency.Name, bold: true)
            .Center(agency.Unit.ToUpperInvariant(), bold: true)
            .Feed()
            .Center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true)
            .Center("Độc lập - Tự do - Hạnh phúc", bold: true)
            .Rule();
    }

    public static void Signature(LayoutBuilder page, string title, string? name)
    {
        page.Feed()
            .Center(title, bold: true)
            .Center("(Ký và ghi rõ họ tên)")
            .Feed(3)
            .Center(name ?? string.Empty, bold: true);
    }
}
