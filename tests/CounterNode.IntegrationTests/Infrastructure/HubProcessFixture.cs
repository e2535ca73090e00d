namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>
/// Base of the fixtures that share one real Hub process per test class: the repository's
/// appsettings.json (embedded SQLite from an empty data/ folder, the dev nodes, the demo
/// accounts) in <c>hub/</c> of a fresh temp folder, on a free loopback port. Derived fixtures add
/// Hub arguments, more processes in <see cref="Root"/>, and helpers that talk to the Hub.
/// </summary>
public abstract class HubProcessFixture : IAsyncLifetime
{
    private readonly string[] _hubArguments;

    /// <param name="tempPrefix">Prefix of the temp folder, so a leftover one says which fixture made it.</param>
    /// <param name="hubArguments">Extra command-line configuration of the Hub (after <c>--Urls</c>).</param>
    protected HubProcessFixture(string tempPrefix, params string[] hubArguments)
    {
        Root = Directory.CreateTempSubdirectory(tempPrefix).FullName;
        _hubArguments = hubArguments;
    }

    public AppProcess Hub { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The fixture's temp folder (deleted on dispose); the Hub runs in its <c>hub/</c>.</summary>
    protected string Root { get; }

    public virtual async Task InitializeAsync()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        Hub = AppProcess.Start(AppKind.Hub, Path.Combine(Root, "hub"), [$"--Urls={BaseAddress}", .. _hubArguments]);
        await Hub.WaitForHttpAsync(new Uri(BaseAddress, "/health"), TimeSpan.FromSeconds(60));
    }

    public virtual async Task DisposeAsync()
    {
        // Null when InitializeAsync failed before the start.
        if (Hub is not null)
        {
            await Hub.StopAsync(TimeSpan.FromSeconds(30));
            await Hub.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }
}
