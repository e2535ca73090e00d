using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Layout;

internal static class RefusalComposer
{
    public static DocumentLayout Compose(RefusalDocument r, bool reprint)
    {
        var page = new LayoutBuilder();
        FormHeader.Reprint(page, reprint);
        page.Right("Mẫu số 03");
        FormHeader.Write(page, r.Agency);
        page.Left($"Số: {r.Number}")
            .Right(VietnameseFormat.PlaceAndDate(r.Agency.Place, r.IssuedAt))
            .Center("PHIẾU TỪ CHỐI", bold: true, scale: 2)
            .Center("TIẾP NHẬN GIẢI QUYẾT", bold: true, scale: 2)
            .Center("HỒ SƠ", bold: true, scale: 2)
            .Rule()
            .Left($"{r.Agency.Unit} tiếp nhận hồ sơ của:")
            .Field("Ông/Bà", r.ApplicantName)
            .Field("Đề nghị giải quyết thủ tục hành chính", r.ProcedureName)
            .Left("Qua xem xét, cơ quan, đơn vị từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:", bold: true);
        for (var i = 0; i < r.Reasons.Count; i++)
        {
            page.Left($"  {i + 1}. {r.Reasons[i]}");
        }

        page.Field("Hướng dẫn", r.Guidance)
            .Left("Xin thông báo cho ông/bà được biết và thực hiện.");
        FormHeader.Signature(page, "NGƯỜI TIẾP NHẬN HỒ SƠ", r.OfficerName);
        page.Cut();
        return page.Build();
    }
}
