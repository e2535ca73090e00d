namespace CounterNode.Node.Dossiers;

/// <summary>The department's notices a counter hands to the citizen on paper.</summary>
public enum DossierNoticeForm
{
    /// <summary>Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    Supplement,

    /// <summary>Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả (a delay with a new date).</summary>
    Delay,
}
