using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Catalogue;

/// <summary>The <c>If-Match</c> header (or the page's hidden token) is not one token the Hub handed out; nothing changed.</summary>
public sealed class InvalidConcurrencyTokenException(string problem)
    : DomainException(
        ErrorCode,
        $"If-Match {problem} Send exactly one token as returned in the ETag of a GET (\"{CatalogueEntryToken.Absent}\" for a new entry).",
        "Mã phiên bản gửi kèm không hợp lệ; hãy tải lại trang rồi sửa lại.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "catalogue.invalid-token";
}
