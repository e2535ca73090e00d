using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>Runs an action once, just before the first query that reads the change log (to interleave a race deterministically).</summary>
public sealed class BeforeChangeLogReadInterceptor(Func<Task> action) : DbCommandInterceptor
{
    private int _fired;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        // SQLite quotes identifiers, Npgsql only when needed.
        var text = command.CommandText.Replace("\"", string.Empty, StringComparison.Ordinal);
        if (text.Contains("FROM change_log", StringComparison.Ordinal) && Interlocked.Exchange(ref _fired, 1) == 0)
            await action();
        return result;
    }
}
