using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// A catalogue edit carried the token of the entry it was based on, and the entry has changed
/// since (another administrator or another Hub instance saved first): the edit is refused so it
/// cannot silently overwrite the other one; nothing changed.
/// </summary>
public sealed class CatalogueChangedMeanwhileException(string entityType, string id, string expectedToken, string currentToken)
    : DomainException(
        ErrorCode,
        $"Catalogue entry {entityType}/{id} changed since it was read (expected {expectedToken}, now {currentToken}); the edit was not saved.",
        Summary(entityType, id, expectedToken, currentToken) + " " + ReloadAdvice)
{
    // What an API client (which cannot show a comparison) tells its user to do.
    private const string ReloadAdvice = "Hãy tải lại trang để xem bản mới rồi sửa lại.";

    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "catalogue.changed-meanwhile";

    /// <summary>Entity type as sent.</summary>
    public string EntityType { get; } = entityType;

    /// <summary>Entry id as sent.</summary>
    public string Id { get; } = id;

    /// <summary>The token the edit was based on.</summary>
    public string ExpectedToken { get; } = expectedToken;

    /// <summary>The token of the entry as now stored (<see cref="CatalogueEntryToken.Absent"/> when removed).</summary>
    public string CurrentToken { get; } = currentToken;

    /// <summary>
    /// What happened, in Vietnamese, without the advice to reload: for pages that show the saved
    /// version and a comparison themselves (the admin pages' conflict panels).
    /// </summary>
    public string VietnameseSummary { get; } = Summary(entityType, id, expectedToken, currentToken);

    private static string Summary(string entityType, string id, string expected, string current)
    {
        var name = CatalogueEntryNames.Vietnamese(entityType, id);
        var what = (expected, current) switch
        {
            // The page shows every year, stored or not: for the administrator a year is always "edited".
            _ when entityType == CatalogueEntityTypes.CalendarYear => "vừa được người khác sửa",
            (CatalogueEntryToken.Absent, _) => "vừa được người khác thêm",
            (_, CatalogueEntryToken.Absent) => "vừa bị người khác xóa",
            _ => "vừa được người khác sửa",
        };
        return $"{name} {what}.";
    }
}
