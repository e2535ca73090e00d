using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CounterNode.Hub.Tests.Calendar;

/// <summary>
/// Runs an action once, just before the first query that reads <c>FROM {table}</c>: another
/// writer slipped in between an editor's read and its push, interleaved deterministically.
/// </summary>
public sealed class BeforeFirstQueryInterceptor(string table, Func<Task> action) : DbCommandInterceptor
{
    private int _fired;

    /// <summary>True once the action ran.</summary>
    public bool Fired => Volatile.Read(ref _fired) == 1;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var text = command.CommandText.Replace("\"", string.Empty, StringComparison.Ordinal);
        if (text.Contains("FROM " + table, StringComparison.Ordinal) && Interlocked.Exchange(ref _fired, 1) == 0)
            await action();
        return result;
    }
}
