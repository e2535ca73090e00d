namespace CounterNode.Shared.Dossiers;

/// <summary>
/// Words for dossier states and actions in messages: English for logs, Vietnamese (with full
/// diacritics) for screens. Kept in one place so every message reads the same.
/// </summary>
public static class DossierText
{
    /// <summary>English name of a state, e.g. "Returned".</summary>
    public static string English(DossierState state) => state switch
    {
        DossierState.Received => "Received",
        DossierState.TransferredToDepartment => "TransferredToDepartment",
        DossierState.Processing => "Processing",
        DossierState.SupplementRequested => "SupplementRequested",
        DossierState.Supplemented => "Supplemented",
        DossierState.ResultReady => "ResultReady",
        DossierState.Returned => "Returned",
        DossierState.Refused => "Refused",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Vietnamese name of a state for screens.</summary>
    public static string Vietnamese(DossierState state) => state switch
    {
        DossierState.Received => "đã tiếp nhận",
        DossierState.TransferredToDepartment => "đã chuyển cơ quan chuyên môn",
        DossierState.Processing => "đang giải quyết",
        DossierState.SupplementRequested => "chờ bổ sung",
        DossierState.Supplemented => "đã bổ sung",
        DossierState.ResultReady => "đã có kết quả",
        DossierState.Returned => "đã trả kết quả",
        DossierState.Refused => "đã từ chối",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>English passive phrase: "it cannot be {phrase}".</summary>
    public static string EnglishPassive(DossierAction action) => action switch
    {
        DossierAction.TransferToDepartment => "transferred to a department",
        DossierAction.StartProcessing => "put into processing",
        DossierAction.RequestSupplement => "sent a supplement request",
        DossierAction.ReceiveSupplement => "marked as supplemented",
        DossierAction.MarkResultReady => "marked as result ready",
        DossierAction.Return => "returned",
        DossierAction.Refuse => "refused",
        DossierAction.ReportDelay => "reported late",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>English infinitive phrase: "to {phrase}".</summary>
    public static string EnglishInfinitive(DossierAction action) => action switch
    {
        DossierAction.TransferToDepartment => "transfer it to a department",
        DossierAction.StartProcessing => "start processing",
        DossierAction.RequestSupplement => "request a supplement",
        DossierAction.ReceiveSupplement => "record the supplement",
        DossierAction.MarkResultReady => "mark the result ready",
        DossierAction.Return => "return the result",
        DossierAction.Refuse => "refuse it",
        DossierAction.ReportDelay => "report a delay",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Vietnamese verb phrase: "không thể {phrase}".</summary>
    public static string Vietnamese(DossierAction action) => action switch
    {
        DossierAction.TransferToDepartment => "chuyển cơ quan chuyên môn",
        DossierAction.StartProcessing => "bắt đầu giải quyết",
        DossierAction.RequestSupplement => "yêu cầu bổ sung hồ sơ",
        DossierAction.ReceiveSupplement => "ghi nhận bổ sung hồ sơ",
        DossierAction.MarkResultReady => "ghi nhận đã có kết quả",
        DossierAction.Return => "trả kết quả",
        DossierAction.Refuse => "từ chối hồ sơ",
        DossierAction.ReportDelay => "báo trễ hẹn",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
