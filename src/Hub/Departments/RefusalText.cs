namespace CounterNode.Hub.Departments;

/// <summary>
/// Vietnamese texts of the shared rules' refusal codes, for the rare case the Hub's mutators
/// refuse what the page's dry run allowed (the state changed in between). The English reason
/// stays in the logs' reason code; screens get Vietnamese.
/// </summary>
internal static class RefusalText
{
    public static string Vietnamese(string reasonCode, string dossierCode) => reasonCode switch
    {
        "dossier.supplement-already-requested" => $"Hồ sơ {dossierCode} đã được yêu cầu bổ sung một lần; theo quy chế chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần.",
        "dossier.illegal-transition" => $"Hồ sơ {dossierCode} vừa được cập nhật ở nơi khác; trạng thái hiện tại không cho phép thao tác này. Vui lòng tải lại danh sách.",
        "dossier.return-date-not-later" => $"Hồ sơ {dossierCode}: ngày hẹn trả mới phải sau ngày hẹn trả hiện tại.",
        "dossier.reason-required" => $"Hồ sơ {dossierCode}: phải ghi rõ lý do bằng văn bản.",
        "dossier.missing-items-required" => $"Hồ sơ {dossierCode}: phải nêu rõ từng nội dung cần bổ sung.",
        "dossier.not-found" => $"Không tìm thấy hồ sơ có mã {dossierCode}.",
        _ => $"Thao tác với hồ sơ {dossierCode} bị hệ thống từ chối (mã lỗi {reasonCode}).",
    };
}
