using System.Globalization;
using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>Mẫu 01 in two copies, each cut separately: the file's copy first, the applicant's second.</summary>
internal static class ReceiptComposer
{
    public static readonly string[] CopyMarkers =
    [
        "Liên 1: Lưu tại hồ sơ",
        "Liên 2: Giao người nộp hồ sơ",
    ];

    public static DocumentLayout Compose(ReceiptDocument receipt, bool reprint)
    {
        var page = new LayoutBuilder();
        foreach (var marker in CopyMarkers)
        {
            Copy(page, receipt, marker, reprint);
        }

        return page.Build();
    }

    private static void Copy(LayoutBuilder page, ReceiptDocument r, string marker, bool reprint)
    {
        FormHeader.Reprint(page, reprint);
        page.Right("Mẫu số 01");
        FormHeader.Write(page, r.Agency);
        page.Right(VietnameseFormat.PlaceAndDate(r.Agency.Place, r.IssuedAt))
            .Center("GIẤY TIẾP NHẬN HỒ SƠ", bold: true, scale: 2)
            .Center("VÀ HẸN TRẢ KẾT QUẢ", bold: true, scale: 2)
            .Center($"Mã hồ sơ: {r.DossierCode}", bold: true)
            .Center($"({marker})")
            .Rule()
            .Left($"{r.Agency.Unit}, {r.Agency.Name}")
            .Field("Tiếp nhận hồ sơ của", r.ApplicantName)
            .Field("Địa chỉ", r.ApplicantAddress)
            .Field("Số điện thoại", r.ApplicantPhone)
            .Field("Email", r.ApplicantEmail)
            .Field("Nội dung yêu cầu giải quyết", r.ProcedureName)
            .Left("1. Thành phần hồ sơ nộp gồm:", bold: true);
        for (var i = 0; i < r.Documents.Count; i++)
        {
            var d = r.Documents[i];
            page.Left(string.Create(CultureInfo.InvariantCulture, $"  {i + 1}) {d.Name} ({d.Form}: {d.Quantity:00})"));
        }

        page.Left(string.Create(CultureInfo.InvariantCulture, $"2. Số lượng hồ sơ: {r.NumberOfSets:00} (bộ)"))
            .Left(string.Create(CultureInfo.InvariantCulture, $"3. Thời gian giải quyết hồ sơ theo quy định là: {r.ProcessingWorkingDays} ngày làm việc"))
            .Left($"4. Thời gian nhận hồ sơ: {VietnameseFormat.HourMinuteDate(r.ReceivedAt)}")
            .Left($"5. Thời gian trả kết quả giải quyết hồ sơ: {VietnameseFormat.HourMinuteDate(r.ReturnAt)}", bold: true);
        foreach (var line in r.ReturnDateExplanation)
        {
            page.Left($"   - {line}");
        }

        page.Left($"6. Đăng ký nhận kết quả tại: {r.CollectionPlace}")
            .Left($"Vào Sổ theo dõi hồ sơ, Quyển số: {r.RegisterBook}, Số thứ tự: {r.RegisterNumber}")
            .Feed()
            .Barcode(r.DossierCode)
            .Qr(r.DossierCode)
            .Center("Quét mã để tra cứu tình trạng hồ sơ");
        FormHeader.Signature(page, "NGƯỜI NỘP HỒ SƠ", r.ApplicantName);
        FormHeader.Signature(page, "NGƯỜI TIẾP NHẬN HỒ SƠ", r.OfficerName);
        page.Cut();
    }
}
