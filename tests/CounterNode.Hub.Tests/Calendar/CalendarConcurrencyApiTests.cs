using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.Hub.Calendar;
using CounterNode.Hub.Tests.Catalogue;
using CounterNode.Shared.Catalogue;

namespace CounterNode.Hub.Tests.Calendar;

/// <summary>
/// Optimistic concurrency of the working-calendar API (<c>/board/api/calendar</c>) on a real Hub
/// (Kestrel on loopback, SQLite file): a save based on an old year is refused with 409 naming the
/// year; a day-level change without If-Match is re-applied, never lost, even across two instances.
/// </summary>
public sealed class CalendarConcurrencyApiTests : AdminHubTest
{
    [Fact]
    public async Task Two_editors_of_one_year_the_first_save_wins_and_the_second_gets_409_naming_the_year()
    {
        using var first = await Hub.LoginAsync(AdminHub.Users[0]);
        using var second = await Hub.LoginAsync(AdminHub.Users[1]);
        var (view1, etag1) = await GetYearAsync(first, 2028);
        var (_, etag2) = await GetYearAsync(second, 2028);
        Assert.Equal(CatalogueEntryToken.Absent, view1.GetProperty("token").GetString());
        Assert.Equal((etag1, etag2), ("\"absent\"", "\"absent\""));

        using var saved = await SendAsync(first, HttpMethod.Put, "/2028", Year(("2028-06-05", "Nghỉ theo Thông báo số 1 (người thứ nhất)")), etag1);
        using var refused = await SendAsync(second, HttpMethod.Put, "/2028", Year(("2028-06-06", "Nghỉ theo Thông báo số 2 (người thứ hai)")), etag2);
        using var refusedDay = await SendAsync(second, HttpMethod.Post, "/days-off", new CalendarDayBody("2028-06-07", "Nghỉ thêm"), etag2);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refusedDay.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(CatalogueChangedMeanwhileException.ErrorCode, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal("Lịch năm 2028 vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal("2028", problem.RootElement.GetProperty("year").GetString());
        Assert.Contains("calendar of 2028 was changed", problem.RootElement.GetProperty("english").GetString(), StringComparison.Ordinal);

        // Stored: the first editor's year only; the ETag the save answered is the one a GET gives now.
        var (after, afterETag) = await GetYearAsync(second, 2028);
        Assert.Equal(["2028-06-05"], DaysOff(after));
        Assert.Equal(saved.Headers.ETag!.ToString(), afterETag);

        // Based on the new version the second editor's change goes through; so does a blind PUT (today's behaviour).
        using var retried = await SendAsync(second, HttpMethod.Post, "/days-off", new CalendarDayBody("2028-06-07", "Nghỉ thêm"), afterETag);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(["2028-06-05", "2028-06-07"], DaysOff((await GetYearAsync(first, 2028)).View));
        using var blind = await SendAsync(first, HttpMethod.Put, "/2028", Year(("2028-06-08", "Ghi đè có chủ ý")), null);
        Assert.Equal(HttpStatusCode.OK, blind.StatusCode);
        Assert.Equal(["2028-06-08"], DaysOff((await GetYearAsync(first, 2028)).View));
    }

    [Fact]
    public async Task Day_level_changes_without_if_match_on_two_hub_instances_never_lose_each_other()
    {
        await using var other = await AdminHub.StartAsync(DatabaseFile);
        using var first = await Hub.LoginAsync(AdminHub.Users[0]);
        using var second = await other.LoginAsync(AdminHub.Users[1]);
        string[] mondays = ["2028-03-06", "2028-03-13", "2028-03-20", "2028-03-27"];
        string[] tuesdays = ["2028-03-07", "2028-03-14", "2028-03-21", "2028-03-28"];

        for (var i = 0; i < mondays.Length; i++)
        {
            // Each instance reads the year, adds its day and writes the year whole: before the token,
            // the later write dropped the other's day.
            var answers = await Task.WhenAll(
                SendAsync(first, HttpMethod.Post, "/days-off", new CalendarDayBody(mondays[i], "Nghỉ theo Thông báo (Hub 1)"), null),
                SendAsync(second, HttpMethod.Post, "/days-off", new CalendarDayBody(tuesdays[i], "Nghỉ theo Thông báo (Hub 2)"), null));
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            foreach (var answer in answers)
                answer.Dispose();
        }

        string[] everyDay = [.. mondays.Concat(tuesdays).Order(StringComparer.Ordinal)];
        var stored = DaysOff((await GetYearAsync(second, 2028)).View);
        Assert.Equal(everyDay, stored);
    }

    private static CalendarYearEntity Year(params (string Date, string Reason)[] daysOff) =>
        new(2028, [.. daysOff.Select(d => new Shared.Calendar.AdministrativeDayOff(DateOnly.Parse(d.Date, System.Globalization.CultureInfo.InvariantCulture), d.Reason))]);

    private static string[] DaysOff(JsonElement view) =>
        [.. view.GetProperty("overrides").GetProperty("daysOff").EnumerateArray().Select(d => d.GetProperty("date").GetString()!)];

    private static async Task<(JsonElement View, string ETag)> GetYearAsync(HttpClient http, int year)
    {
        using var response = await http.GetAsync(CalendarEndpoints.ApiPrefix + "/" + year);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.Clone(), response.Headers.ETag!.ToString());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, CalendarEndpoints.ApiPrefix + path)
        {
            Content = JsonContent.Create(body, body.GetType(), options: Shared.Sync.Mutators.MutatorJson.Options),
        };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await http.SendAsync(request);
    }
}
