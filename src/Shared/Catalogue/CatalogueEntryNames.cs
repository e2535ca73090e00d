namespace CounterNode.Shared.Catalogue;

/// <summary>How an administrator names a catalogue entry in Vietnamese ("Dịch vụ A", "Lịch năm 2027"), for messages about that entry.</summary>
public static class CatalogueEntryNames
{
    /// <summary>The Vietnamese name of entry <paramref name="id"/> of <paramref name="entityType"/>.</summary>
    public static string Vietnamese(string entityType, string id) => entityType switch
    {
        CatalogueEntityTypes.Center => "Thông tin Trung tâm",
        CatalogueEntityTypes.Department => $"Sở, ngành \"{id}\"",
        CatalogueEntityTypes.Service => $"Dịch vụ \"{id}\"",
        CatalogueEntityTypes.Procedure => $"Thủ tục \"{id}\"",
        CatalogueEntityTypes.Counter => $"Quầy số {id}",
        CatalogueEntityTypes.Officer => $"Cán bộ \"{id}\"",
        CatalogueEntityTypes.PriorityCategory => $"Đối tượng ưu tiên \"{id}\"",
        CatalogueEntityTypes.CalendarYear => $"Lịch năm {id}",
        _ => $"Mục \"{id}\"",
    };
}
