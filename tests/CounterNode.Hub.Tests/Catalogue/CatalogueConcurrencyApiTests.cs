using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.Hub.Catalogue;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Tests.Catalogue;

/// <summary>
/// Optimistic concurrency of the catalogue admin API on a real Hub (Kestrel on loopback, SQLite
/// file): the ETag of what an editor read goes back as If-Match; the first of two saves based on
/// the same version wins, the second gets 409 and the stored entry is the first one's.
/// </summary>
public sealed class CatalogueConcurrencyApiTests : AdminHubTest
{
    [Fact]
    public async Task Two_editors_read_the_same_version_the_first_save_wins_and_the_second_gets_409()
    {
        using var first = await Hub.LoginAsync(AdminHub.Users[0]);
        using var second = await Hub.LoginAsync(AdminHub.Users[1]);
        var (read1, etag1) = await GetEntryAsync(first, "services/A");
        var (_, etag2) = await GetEntryAsync(second, "services/A");
        Assert.Equal(etag1, etag2);
        Assert.Equal("\"" + read1.Token + "\"", etag1);

        using var saved = await PutAsync(first, "services/A", new ServiceEntity("A", "Hộ tịch — bản của người thứ nhất", ["STP"]), etag1);
        using var refused = await PutAsync(second, "services/A", new ServiceEntity("A", "Hộ tịch — bản của người thứ hai", ["STP", "SXD"]), etag2);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var savedBody = (await saved.Content.ReadFromJsonAsync<CatalogueSaved>(MutatorJson.Options))!;
        Assert.Equal("\"" + savedBody.Token + "\"", saved.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(CatalogueChangedMeanwhileException.ErrorCode, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal("urn:counternode:catalogue.changed-meanwhile", problem.RootElement.GetProperty("type").GetString());
        Assert.Equal("Dịch vụ \"A\" vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Contains("catalogue.service/A was changed by someone else", problem.RootElement.GetProperty("english").GetString(), StringComparison.Ordinal);

        // Stored: the first editor's version, and its token is the one the save answered.
        var (after, afterETag) = await GetEntryAsync(second, "services/A");
        Assert.Equal("Hộ tịch — bản của người thứ nhất", after.Data.GetProperty("name").GetString());
        Assert.Equal(savedBody.Token, after.Token);
        Assert.NotEqual(etag1, afterETag);
        var view = (await second.GetFromJsonAsync<CatalogueView>(CatalogueApi.Prefix + "/", MutatorJson.Options))!;
        Assert.Equal(after.Token, view.Tokens["catalogue.service/A"]);

        // Based on the new version, the second editor's save goes through.
        using var retried = await PutAsync(second, "services/A", new ServiceEntity("A", "Hộ tịch — bản của người thứ hai", ["STP", "SXD"]), afterETag);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task Creating_with_absent_and_removing_with_an_old_token_never_overwrite_a_concurrent_edit()
    {
        using var first = await Hub.LoginAsync(AdminHub.Users[0]);
        using var second = await Hub.LoginAsync(AdminHub.Users[1]);

        using var created = await PutAsync(first, "departments/SNV", new DepartmentEntity("SNV", "Sở Nội vụ"), "\"absent\"");
        using var createdAgain = await PutAsync(second, "departments/SNV", new DepartmentEntity("SNV", "Sở Nội vụ (trùng)"), "absent");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, createdAgain.StatusCode);
        Assert.Equal("Sở, ngành \"SNV\" vừa được người khác thêm. Hãy tải lại trang để xem bản mới rồi sửa lại.", await DetailAsync(createdAgain));

        var (_, seen) = await GetEntryAsync(second, "departments/SNV");
        using var renamed = await PutAsync(first, "departments/SNV", new DepartmentEntity("SNV", "Sở Nội vụ tỉnh"), seen);
        using var staleRemove = await SendAsync(second, HttpMethod.Delete, "departments/SNV", null, seen);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleRemove.StatusCode);
        Assert.Equal("Sở Nội vụ tỉnh", (await GetEntryAsync(second, "departments/SNV")).Entry.Data.GetProperty("name").GetString());

        // Without If-Match: today's behaviour (scripts, tools).
        using var blind = await SendAsync(second, HttpMethod.Delete, "departments/SNV", null, null);
        Assert.Equal(HttpStatusCode.OK, blind.StatusCode);
        using var missing = await second.GetAsync(CatalogueApi.Prefix + "/departments/SNV");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("W/\"absent\"")]
    [InlineData("\"absent\", \"h1-0123456789abcdef0123456789abcdef\"")]
    [InlineData("\"version-7\"")]
    public async Task A_bad_if_match_is_a_400_and_changes_nothing(string ifMatch)
    {
        using var http = await Hub.LoginAsync(AdminHub.Users[0]);
        var (before, _) = await GetEntryAsync(http, "services/B");

        using var request = new HttpRequestMessage(HttpMethod.Put, CatalogueApi.Prefix + "/services/B")
        {
            Content = JsonContent.Create(new ServiceEntity("B", "Không được lưu", ["SKHDT"]), options: MutatorJson.Options),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(InvalidConcurrencyTokenException.ErrorCode, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(before.Token, (await GetEntryAsync(http, "services/B")).Entry.Token);
    }

    [Fact]
    public async Task An_officer_form_opened_before_a_new_badge_cannot_undo_the_badge()
    {
        using var first = await Hub.LoginAsync(AdminHub.Users[0]);
        using var second = await Hub.LoginAsync(AdminHub.Users[1]);
        var (officer, seen) = await GetEntryAsync(first, "officers/cb01");
        Assert.False(officer.Data.TryGetProperty("pinHash", out _));

        using var badge = await SendAsync(second, HttpMethod.Post, "officers/cb01/badge", null, null);
        using var stale = await SendAsync(first, HttpMethod.Put, "officers/cb01",
            new OfficerEdit(officer.Data.GetProperty("name").GetString(), "Phó Giám đốc", officer.Data.GetProperty("department").GetString(), "", true), seen);

        Assert.Equal(HttpStatusCode.OK, badge.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.StartsWith("Cán bộ \"cb01\" vừa được người khác sửa.", await DetailAsync(stale), StringComparison.Ordinal);
        var (afterEntry, _) = await GetEntryAsync(first, "officers/cb01");
        var after = afterEntry.Data;
        Assert.True(after.GetProperty("hasBadge").GetBoolean());
        // The badge answered the officer's new token, so a form based on it saves without a false refusal.
        Assert.Equal(afterEntry.Token, (await badge.Content.ReadFromJsonAsync<BadgeIssued>())!.Token);
        Assert.NotEqual("Phó Giám đốc", after.GetProperty("title").GetString());
    }

    [Fact]
    public async Task On_two_hub_instances_sharing_the_database_two_saves_of_one_version_give_one_200_and_one_409()
    {
        await using var other = await AdminHub.StartAsync(DatabaseFile);
        using var first = await Hub.LoginAsync(AdminHub.Users[0]);
        using var second = await other.LoginAsync(AdminHub.Users[1]);

        for (var round = 0; round < 4; round++)
        {
            var (_, seen1) = await GetEntryAsync(first, "services/C");
            var (_, seen2) = await GetEntryAsync(second, "services/C");
            Assert.Equal(seen1, seen2);
            var names = new[] { $"Xây dựng — vòng {round}, Hub 1", $"Xây dựng — vòng {round}, Hub 2" };

            // Sent at the same moment to two instances: the push transaction orders them, the mutator refuses the loser.
            var answers = await Task.WhenAll(
                PutAsync(first, "services/C", new ServiceEntity("C", names[0], ["SXD"]), seen1),
                PutAsync(second, "services/C", new ServiceEntity("C", names[1], ["SXD"]), seen2));
            try
            {
                Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
                var winner = names[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK)];
                Assert.Equal(winner, (await GetEntryAsync(first, "services/C")).Entry.Data.GetProperty("name").GetString());
                Assert.Equal(winner, (await GetEntryAsync(second, "services/C")).Entry.Data.GetProperty("name").GetString());
            }
            finally
            {
                foreach (var answer in answers)
                    answer.Dispose();
            }
        }
    }

    private static async Task<(CatalogueEntryView Entry, string ETag)> GetEntryAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(CatalogueApi.Prefix + "/" + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = (await response.Content.ReadFromJsonAsync<CatalogueEntryView>(MutatorJson.Options))!;
        return (entry, response.Headers.ETag!.ToString());
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient http, string path, object body, string? ifMatch) =>
        SendAsync(http, HttpMethod.Put, path, body, ifMatch);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, CatalogueApi.Prefix + "/" + path);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: MutatorJson.Options);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await http.SendAsync(request);
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString();
    }
}
