using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Catalogue;

/// <summary>
/// The shared catalogue mutator refused an edit the Hub's pre-check let through (e.g. a reference
/// removed meanwhile); nothing changed. An entry changed meanwhile is the typed
/// <see cref="Shared.Catalogue.CatalogueChangedMeanwhileException"/> instead.
/// </summary>
public sealed class CatalogueEditRefusedException(string reasonCode, string reason)
    : DomainException(reasonCode, reason, "Danh mục vừa được thay đổi ở nơi khác hoặc dữ liệu không hợp lệ; vui lòng tải lại trang và thử lại.");
