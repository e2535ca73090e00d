namespace CounterNode.LoadHarness;

/// <summary>A temporary folder for one run's databases, removed afterwards (SQLite pools cleared first so no file stays open).</summary>
internal static class ScratchFolder
{
    public static async Task<int> RunInAsync(string prefix, Func<string, Task<int>> run)
    {
        var root = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            return await run(root);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }
}
