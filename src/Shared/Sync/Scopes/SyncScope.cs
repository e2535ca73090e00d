using System.Globalization;

namespace CounterNode.Shared.Sync.Scopes;

/// <summary>
/// Visibility scopes of synced entities: <c>center</c> (every node and the board),
/// <c>dept:CODE</c> (the counters of one department) and <c>counter:N</c> (one counter).
/// A node pulls exactly the scopes it is configured with; <c>*</c> (board, admin tools)
/// sees everything.
/// </summary>
public static class SyncScope
{
    /// <summary>The whole center: every node sees it.</summary>
    public const string Center = "center";

    /// <summary>Grants every scope (supervisors' board, admin tools); never an entity's scope.</summary>
    public const string All = "*";

    private const string DepartmentPrefix = "dept:";
    private const string CounterPrefix = "counter:";

    /// <summary>Scope of one department's counters.</summary>
    public static string Department(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return DepartmentPrefix + code;
    }

    /// <summary>Scope of one counter.</summary>
    public static string Counter(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return CounterPrefix + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>True for a well-formed entity scope (<c>*</c> is a grant, not an entity scope).</summary>
    public static bool IsValid(string? scope)
    {
        if (string.IsNullOrEmpty(scope) || scope.Length > 64)
            return false;
        if (scope == Center)
            return true;
        if (scope.StartsWith(DepartmentPrefix, StringComparison.Ordinal))
            return IsCode(scope.AsSpan(DepartmentPrefix.Length));
        if (scope.StartsWith(CounterPrefix, StringComparison.Ordinal))
            return int.TryParse(scope.AsSpan(CounterPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0;
        return false;
    }

    /// <summary>True for a department scope (<c>dept:CODE</c>).</summary>
    public static bool IsDepartment(string scope) =>
        scope is not null && scope.StartsWith(DepartmentPrefix, StringComparison.Ordinal) && IsValid(scope);

    /// <summary>True for a scope a node may be granted: a valid scope or <see cref="All"/>.</summary>
    public static bool IsValidGrant(string? scope) => scope == All || IsValid(scope);

    /// <summary>True when <paramref name="grants"/> let a node see <paramref name="scope"/>.</summary>
    public static bool IsVisible(IReadOnlyCollection<string> grants, string scope)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return grants.Contains(All) || grants.Contains(scope);
    }

    private static bool IsCode(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty)
            return false;
        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
                return false;
        }

        return true;
    }
}
