using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Layout;

internal static class ApologyComposer
{
    public static DocumentLayout Compose(ApologyDocument a, bool reprint)
    {
        var page = new LayoutBuilder();
        FormHeader.Reprint(page, reprint);
        page.Right("Mẫu số 04");
        FormHeader.Write(page, a.Agency);
        page.Left($"Số: {a.Number}")
            .Right(VietnameseFormat.PlaceAndDate(a.Agency.Place, a.IssuedAt))
            .Center("PHIẾU XIN LỖI", bold: true, scale: 2)
            .Center("VÀ HẸN LẠI NGÀY", bold: true, scale: 2)
            .Center("TRẢ KẾT QUẢ", bold: true, scale: 2)
            .Rule()
            .Field("Kính gửi", a.Addressee)
            .Left($"Ngày {VietnameseFormat.Date(a.ReceivedAt)}, {a.Agency.Unit} tiếp nhận hồ sơ đề nghị giải quyết thủ tục hành chính: {a.ProcedureName}.")
            .Field("Mã hồ sơ", a.DossierCode)
            .Field("Thời gian hẹn trả kết quả giải quyết hồ sơ", VietnameseFormat.HourMinuteDate(a.OriginalReturnAt))
            .Left("Tuy nhiên đến nay, hồ sơ của ông/bà chưa giải quyết xong.")
            .Field("Lý do", a.DelayReason)
            .Left("Sự chậm trễ này đã gây phiền hà cho ông/bà. Chúng tôi xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào:")
            .Center(VietnameseFormat.HourMinuteDate(a.NewReturnAt), bold: true)
            .Left("Chúng tôi xin trân trọng cảm ơn!")
            .Barcode(a.DossierCode);
        FormHeader.Signature(page, a.SignatoryTitle.ToUpperInvariant(), a.SignatoryName);
        page.Cut();
        return page.Build();
    }
}
