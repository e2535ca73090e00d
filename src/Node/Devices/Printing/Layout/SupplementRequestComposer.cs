using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Layout;

internal static class SupplementRequestComposer
{
    public static DocumentLayout Compose(SupplementRequestDocument s, bool reprint)
    {
        var page = new LayoutBuilder();
        FormHeader.Reprint(page, reprint);
        page.Right("Mẫu số 02");
        FormHeader.Write(page, s.Agency);
        page.Left($"Số: {s.Number}")
            .Right(VietnameseFormat.PlaceAndDate(s.Agency.Place, s.IssuedAt))
            .Center("PHIẾU YÊU CẦU", bold: true, scale: 2)
            .Center("BỔ SUNG, HOÀN THIỆN", bold: true, scale: 2)
            .Center("HỒ SƠ", bold: true, scale: 2)
            .Center($"Mã hồ sơ: {s.DossierCode}", bold: true)
            .Rule()
            .Left($"{s.Agency.Unit} tiếp nhận hồ sơ của:")
            .Field("Ông/Bà", s.ApplicantName)
            .Field("Nội dung yêu cầu giải quyết", s.ProcedureName)
            .Field("Ngày nhận hồ sơ", VietnameseFormat.HourMinuteDate(s.ReceivedAt))
            .Left("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", bold: true);
        for (var i = 0; i < s.ItemsToSupplement.Count; i++)
        {
            page.Left($"  {i + 1}. {s.ItemsToSupplement[i]}");
        }

        page.Field("Lý do", s.Reason)
            .Left("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với:")
            .Field("Cán bộ", s.ContactOfficer)
            .Field("Số điện thoại", s.ContactPhone)
            .Left("Xin trân trọng cảm ơn!")
            .Barcode(s.DossierCode);
        FormHeader.Signature(page, "NGƯỜI HƯỚNG DẪN", s.ContactOfficer);
        page.Cut();
        return page.Build();
    }
}
