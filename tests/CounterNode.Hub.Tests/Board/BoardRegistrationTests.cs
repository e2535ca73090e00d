using CounterNode.Hub.Board;
using CounterNode.Hub.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CounterNode.Hub.Tests.Board;

public sealed class BoardRegistrationTests
{
    [Fact]
    public async Task The_board_wraps_the_engines_poke_sender_so_a_commit_wakes_it_at_once()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Hub:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"cn-board-{Guid.NewGuid():N}.db")}";
        builder.AddHub();
        await using var app = builder.Build();

        var sender = app.Services.GetRequiredService<ISyncPokeSender>();
        var signal = app.Services.GetRequiredService<BoardChangeSignal>();
        Assert.IsType<CommitObservingPokeSender>(sender);
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, default));

        await sender.PokeAsync(["center"], 7, default);

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, default));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, default)); // one wake-up per burst of commits
    }
}
