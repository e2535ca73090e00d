using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Shared.Calendar;

namespace CounterNode.Node.Devices.Printing.Samples;

/// <summary>One realistic document of each kind (sample center: Kon Tum), for demos, tests and benchmarks.</summary>
public static class SampleDocuments
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static IssuingAgency Agency { get; } = new(
        "UBND TỈNH KON TUM",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "Bộ phận tiếp nhận và trả kết quả",
        "Kon Tum");

    public const string DossierCode = "H34.01.05.13-261126-0975";

    public const string FollowUrl = "https://dichvucong.kontum.gov.vn/hang-doi/A023";

    public static QueueTicketDocument Ticket(DateTimeOffset now) => new(
        "Trung tâm Phục vụ hành chính công tỉnh Kon Tum",
        "A023",
        "Tư pháp - Hộ tịch",
        "Quầy số 1",
        PeopleAhead: 7,
        EstimatedWait: TimeSpan.FromMinutes(25),
        IssuedAt: now.ToOffset(Vietnam),
        FollowUrl: FollowUrl);

    /// <param name="now">When the sample is printed.</param>
    /// <param name="calendar">The center's calendar in force (a node passes its synced one); the regulation's when null.</param>
    public static ReceiptDocument Receipt(DateTimeOffset now, WorkingCalendar? calendar = null)
    {
        var local = now.ToOffset(Vietnam);
        // The return date and its explanation come from the real working calendar, so the
        // sample shows exactly what a counter prints for a 10-day procedure received now.
        var returnDate = new ReturnDateCalculator(calendar ?? WorkingCalendar.Default).Calculate(local, 10);
        return new ReceiptDocument(
            Agency,
            DossierCode,
            IssuedAt: local,
            ApplicantName: "Nguyễn Thị Hồng Nhung",
            ApplicantAddress: "Số 12 đường Trần Hưng Đạo, phường Quyết Thắng, thành phố Kon Tum",
            ApplicantPhone: "0912 345 678",
            ApplicantEmail: "nhung.nguyen@example.vn",
            ProcedureName: "Cấp Phiếu lý lịch tư pháp",
            Documents:
            [
                new SubmittedDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chính", 1),
                new SubmittedDocument("Bản chụp giấy tờ tùy thân", "Bản sao", 1),
            ],
            NumberOfSets: 1,
            ProcessingWorkingDays: 10,
            ReceivedAt: local,
            ReturnAt: returnDate.ReturnInstant,
            ReturnDateExplanation: [.. returnDate.Explanation.Steps.Select(step => step.Vietnamese)],
            CollectionPlace: "Quầy số 1, Bộ phận tiếp nhận và trả kết quả",
            RegisterBook: "01/2026",
            RegisterNumber: "0975",
            OfficerName: "Trần Văn Đức");
    }

    public static SupplementRequestDocument Supplement(DateTimeOffset now)
    {
        var local = now.ToOffset(Vietnam);
        return new SupplementRequestDocument(
            Agency,
            "15/PYCBS",
            local,
            DossierCode,
            "Nguyễn Thị Hồng Nhung",
            "Cấp Phiếu lý lịch tư pháp",
            local.AddDays(-2),
            [
                "Bản sao giấy khai sinh có chứng thực.",
                "Ảnh chân dung 4×6 chụp trong thời gian không quá 06 tháng.",
            ],
            "Tờ khai chưa ghi đủ nơi cư trú trước khi đủ 14 tuổi.",
            "Trần Văn Đức",
            "0260 3 862 111");
    }

    public static RefusalDocument Refusal(DateTimeOffset now) => new(
        Agency,
        "07/PTC",
        now.ToOffset(Vietnam),
        "Lê Quang Vũ",
        "Cấp giấy phép xây dựng",
        [
            "Công trình nằm trong hành lang bảo vệ công trình giao thông đã được công bố.",
            "Hồ sơ không thuộc thẩm quyền giải quyết của Sở Xây dựng.",
        ],
        "Liên hệ Ủy ban nhân dân thành phố Kon Tum để được hướng dẫn thủ tục điều chỉnh quy hoạch.",
        "Phạm Thị Ánh Tuyết");

    public static ApologyDocument Apology(DateTimeOffset now)
    {
        var local = now.ToOffset(Vietnam);
        return new ApologyDocument(
            new IssuingAgency("UBND TỈNH KON TUM", "SỞ TƯ PHÁP", "Bộ phận tiếp nhận và trả kết quả", "Kon Tum"),
            "03/PXL",
            local,
            "Bà Nguyễn Thị Hồng Nhung",
            DossierCode,
            "Cấp Phiếu lý lịch tư pháp",
            local.AddDays(-16),
            local.AddDays(-1),
            "Cần xác minh thông tin lý lịch tại cơ quan công an nơi cư trú trước đây.",
            local.AddDays(5),
            "Giám đốc Sở Tư pháp",
            "Hoàng Minh Đường");
    }

    /// <summary>One of each document, in a fixed order (ticket, Mẫu 01, 02, 03, 04).</summary>
    /// <param name="now">When the samples are printed.</param>
    /// <param name="calendar">The center's calendar for the receipt's return date; the regulation's when null.</param>
    public static IReadOnlyList<IPrintDocument> All(DateTimeOffset now, WorkingCalendar? calendar = null) =>
        [Ticket(now), Receipt(now, calendar), Supplement(now), Refusal(now), Apology(now)];
}
