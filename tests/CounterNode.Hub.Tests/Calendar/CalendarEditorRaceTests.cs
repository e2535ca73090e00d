using CounterNode.Hub.Calendar;
using CounterNode.Hub.Catalogue;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Calendar;

/// <summary>
/// Two Hub instances (two editors, two issuers, one database) where the second writes the year
/// exactly between the first one's read and its push — the lost update this feature closes.
/// </summary>
public sealed class CalendarEditorRaceTests : IAsyncLifetime
{
    private static readonly DateOnly Monday = new(2028, 3, 6);
    private static readonly DateOnly Tuesday = new(2028, 3, 7);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2028, 3, 1, 9, 0, 0, TimeSpan.FromHours(7)));
    private TestDatabase _db = null!;
    private HubWorkingCalendar _calendar = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _calendar = new HubWorkingCalendar(_db.Contexts, new CalendarChangeSignal(), NullLogger<HubWorkingCalendar>.Instance);
    }

    public async Task DisposeAsync()
    {
        _calendar.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task A_day_added_without_a_token_is_re_applied_to_the_year_another_instance_saved_meanwhile()
    {
        var (first, race) = RacingEditor(other => other.AddDayOffAsync(Tuesday, "Nghỉ (Hub 2)", "giamsat2", null, default));

        var saved = await first.AddDayOffAsync(Monday, "Nghỉ (Hub 1)", "giamsat", null, default);

        Assert.True(race.Fired);
        Assert.Equal([Monday, Tuesday], (await StoredAsync()).DaysOff!.Select(d => d.Date));
        Assert.Equal(saved.Token, CatalogueEntryToken.Of(MutatorJson.ToElement(await StoredAsync())));
    }

    [Fact]
    public async Task A_change_based_on_the_year_the_page_showed_is_refused_when_another_instance_saved_meanwhile()
    {
        var (first, race) = RacingEditor(other => other.AddDayOffAsync(Tuesday, "Nghỉ (Hub 2)", "giamsat2", null, default));
        var shown = await first.ReadYearAsync(2028, default);

        var refused = await Assert.ThrowsAsync<CatalogueChangedMeanwhileException>(() =>
            first.SetNationalDayAdjacentDayAsync(2028, new DateOnly(2028, 9, 1), "giamsat", shown.Token, default));

        Assert.True(race.Fired);
        Assert.Equal((shown.Token, CatalogueEntityTypes.CalendarYear, "2028"), (refused.ExpectedToken, refused.EntityType, refused.Id));
        Assert.Equal("Lịch năm 2028 vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.", refused.DisplayMessage);
        var stored = await StoredAsync();
        Assert.Equal([Tuesday], stored.DaysOff!.Select(d => d.Date));
        Assert.Null(stored.NationalDayAdjacentDay);
    }

    [Fact]
    public async Task A_whole_year_put_without_a_token_still_replaces_the_year_as_before()
    {
        var (first, race) = RacingEditor(other => other.AddDayOffAsync(Tuesday, "Nghỉ (Hub 2)", "giamsat2", null, default));

        await first.PutYearAsync(new CalendarYearEntity(2028, [new(Monday, "Cả năm thay thế")]), "giamsat", null, default);

        Assert.True(race.Fired);
        Assert.Equal([Monday], (await StoredAsync()).DaysOff!.Select(d => d.Date));
    }

    // The first instance's issuer runs `other` (a second instance: its own issuer and editor) just
    // before it reads the Hub's chain head, i.e. after the first editor read the year.
    private (CalendarEditor First, BeforeFirstQueryInterceptor Race) RacingEditor(Func<CalendarEditor, Task> other)
    {
        var second = Editor(_db.Contexts);
        var race = new BeforeFirstQueryInterceptor("nodes", () => other(second));
        var contexts = new HubDbContextFactory(new DbContextOptionsBuilder<HubDbContext>(_db.Options).AddInterceptors(race).Options);
        return (Editor(contexts, _db.Contexts), race);
    }

    private CalendarEditor Editor(IDbContextFactory<HubDbContext> issuing, IDbContextFactory<HubDbContext>? reading = null)
    {
        var engine = new HubSyncEngine(issuing, MutatorRegistry.Default, NullSyncPokeSender.Instance, _time, Options.Create(new HubSyncOptions()));
        return new CalendarEditor(new HubMutationIssuer(engine, issuing, _time), new CatalogueReader(reading ?? issuing), _calendar, NullLogger<CalendarEditor>.Instance);
    }

    private async Task<CalendarYearEntity> StoredAsync() =>
        (await new CatalogueReader(_db.Contexts).ReadAsync([CatalogueEntityTypes.CalendarYear], default))
            .Get<CalendarYearEntity>(CatalogueEntityTypes.CalendarYear, "2028")!;
}
