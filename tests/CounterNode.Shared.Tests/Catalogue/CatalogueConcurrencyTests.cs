using System.Text.Json;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CsCheck;

namespace CounterNode.Shared.Tests.Catalogue;

/// <summary>
/// Optimistic concurrency of <c>catalogue.put</c> / <c>catalogue.remove</c>: an edit carrying the
/// token of what it read is refused, and nothing changes, when the entry changed meanwhile.
/// </summary>
public sealed class CatalogueConcurrencyTests
{
    private const string Service = CatalogueEntityTypes.Service;

    private static void Put(CatalogueFixture f, string type, string id, object data, string? expected) =>
        f.Apply(CatalogueMutationTypes.HubNodeId, CatalogueMutationTypes.Put, new CataloguePutPayload(type, id, MutatorJson.ToElement(data), expected));

    private static void Remove(CatalogueFixture f, string type, string id, string? expected) =>
        f.Apply(CatalogueMutationTypes.HubNodeId, CatalogueMutationTypes.Remove, new CatalogueRemovePayload(type, id, expected));

    private static string TokenOf(CatalogueFixture f, string type, string id) => CatalogueEntryToken.Of(f.Session.Get(type, id));

    private static string Raw(CatalogueFixture f, string type, string id) => f.Session.Get(type, id)?.Data.GetRawText() ?? "(absent)";

    [Fact]
    public void A_put_with_the_token_of_the_stored_entry_is_applied_and_changes_the_token()
    {
        var f = new CatalogueFixture().WithBasics();
        var read = TokenOf(f, Service, "A");

        Put(f, Service, "A", new ServiceEntity("A", "Tư pháp - Hộ tịch (mới)", ["STP"]), read);

        Assert.Equal("Tư pháp - Hộ tịch (mới)", f.Read<ServiceEntity>(Service, "A")!.Name);
        Assert.NotEqual(read, TokenOf(f, Service, "A"));
        Assert.True(CatalogueEntryToken.IsWellFormed(read));
    }

    [Fact]
    public void Of_two_editors_who_read_the_same_version_the_second_is_refused_and_the_first_edit_stays()
    {
        var f = new CatalogueFixture().WithBasics();
        var seenByBoth = TokenOf(f, Service, "A");
        Put(f, Service, "A", new ServiceEntity("A", "Sửa của người thứ nhất", ["STP"]), seenByBoth);
        var afterFirst = Raw(f, Service, "A");

        var refused = Assert.Throws<CatalogueChangedMeanwhileException>(() =>
            Put(f, Service, "A", new ServiceEntity("A", "Sửa của người thứ hai", ["STP", "SXD"]), seenByBoth));

        Assert.Equal(afterFirst, Raw(f, Service, "A"));
        Assert.Equal((CatalogueChangedMeanwhileException.ErrorCode, Service, "A"), (refused.Code, refused.EntityType, refused.Id));
        Assert.Equal((seenByBoth, TokenOf(f, Service, "A")), (refused.ExpectedToken, refused.CurrentToken));
        Assert.Equal("Dịch vụ \"A\" vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.", refused.DisplayMessage);
        Assert.Equal("Dịch vụ \"A\" vừa được người khác sửa.", refused.VietnameseSummary);
    }

    [Fact]
    public void A_calendar_year_edited_meanwhile_is_refused_with_the_years_name()
    {
        var f = new CatalogueFixture();
        var never = TokenOf(f, CatalogueEntityTypes.CalendarYear, "2027");
        Put(f, CatalogueEntityTypes.CalendarYear, "2027", new CalendarYearEntity(2027, [new(new DateOnly(2027, 3, 5), "Nghỉ theo Thông báo số 3")]), never);
        var first = Raw(f, CatalogueEntityTypes.CalendarYear, "2027");

        var refused = Assert.Throws<CatalogueChangedMeanwhileException>(() =>
            Put(f, CatalogueEntityTypes.CalendarYear, "2027", new CalendarYearEntity(2027, [new(new DateOnly(2027, 3, 12), "Nghỉ khác")]), never));

        Assert.Equal(CatalogueEntryToken.Absent, never);
        Assert.Equal(first, Raw(f, CatalogueEntityTypes.CalendarYear, "2027"));
        Assert.Equal("Lịch năm 2027 vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.", refused.DisplayMessage);
    }

    [Fact]
    public void Absent_creates_a_new_entry_but_never_overwrites_one_created_meanwhile()
    {
        var f = new CatalogueFixture().WithBasics();

        Put(f, Service, "B", new ServiceEntity("B", "Người thứ nhất tạo", ["STP"]), CatalogueEntryToken.Absent);
        var refused = Assert.Throws<CatalogueChangedMeanwhileException>(() =>
            Put(f, Service, "B", new ServiceEntity("B", "Người thứ hai tạo", ["SXD"]), CatalogueEntryToken.Absent));

        Assert.Equal("Người thứ nhất tạo", f.Read<ServiceEntity>(Service, "B")!.Name);
        Assert.Equal("Dịch vụ \"B\" vừa được người khác thêm. Hãy tải lại trang để xem bản mới rồi sửa lại.", refused.DisplayMessage);
    }

    [Fact]
    public void Without_a_token_a_put_replaces_whatever_is_stored_as_before()
    {
        var f = new CatalogueFixture().WithBasics();
        Put(f, Service, "A", new ServiceEntity("A", "Lần một", ["STP"]), null);
        Put(f, Service, "A", new ServiceEntity("A", "Lần hai", ["SXD"]), null);
        Put(f, Service, "Z", new ServiceEntity("Z", "Mới", ["SXD"]), null);

        Assert.Equal("Lần hai", f.Read<ServiceEntity>(Service, "A")!.Name);
        Assert.Equal("Mới", f.Read<ServiceEntity>(Service, "Z")!.Name);
    }

    [Fact]
    public void A_payload_without_a_token_keeps_its_old_bytes_and_one_with_a_token_carries_it()
    {
        var data = MutatorJson.ToElement(new DepartmentEntity("STP", "Sở Tư pháp"));

        var old = JsonSerializer.SerializeToElement(new { entityType = CatalogueEntityTypes.Department, id = "STP", data }, SyncJson.Options).GetRawText();
        var without = JsonSerializer.SerializeToElement(new CataloguePutPayload(CatalogueEntityTypes.Department, "STP", data), SyncJson.Options).GetRawText();
        var with = JsonSerializer.SerializeToElement(new CatalogueRemovePayload(CatalogueEntityTypes.Department, "STP", CatalogueEntryToken.Absent), SyncJson.Options);

        Assert.Equal(old, without);
        Assert.Equal(CatalogueEntryToken.Absent, with.GetProperty("expectedToken").GetString());
        Assert.False(JsonSerializer.SerializeToElement(new CatalogueRemovePayload("x", "y"), SyncJson.Options).TryGetProperty("expectedToken", out _));
    }

    [Fact]
    public void A_removal_checks_the_token_too_and_a_refused_one_removes_nothing()
    {
        var f = new CatalogueFixture().WithBasics();
        var seen = TokenOf(f, Service, "A");
        Put(f, Service, "A", new ServiceEntity("A", "Đổi tên trước khi xóa", ["STP"]), seen);

        var stale = Assert.Throws<CatalogueChangedMeanwhileException>(() => Remove(f, Service, "A", seen));
        Assert.NotNull(f.Session.Get(Service, "A"));

        var current = TokenOf(f, Service, "A");
        Remove(f, Service, "A", current);
        Assert.Null(f.Session.Get(Service, "A"));

        // Removed by the first, the second (who saw it present) is told so rather than "not found".
        var gone = Assert.Throws<CatalogueChangedMeanwhileException>(() => Remove(f, Service, "A", current));
        Assert.Equal(CatalogueEntryToken.Absent, gone.CurrentToken);
        Assert.Contains("vừa bị người khác xóa", gone.DisplayMessage, StringComparison.Ordinal);
        Assert.Contains("vừa được người khác sửa", stale.DisplayMessage, StringComparison.Ordinal);
        Assert.Throws<CatalogueEntryNotFoundException>(() => Remove(f, Service, "A", null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("h1-123")]
    [InlineData("H1-0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("\"h1-0123456789abcdef0123456789abcdef\"")]
    [InlineData("*")]
    public void A_malformed_token_is_refused_as_bad_input_and_changes_nothing(string token)
    {
        var f = new CatalogueFixture().WithBasics();
        var before = Raw(f, Service, "A");

        var refused = Assert.Throws<InvalidCatalogueEntryException>(() => Put(f, Service, "A", new ServiceEntity("A", "X", ["STP"]), token));

        Assert.Equal("expectedToken", refused.Field);
        Assert.Equal(before, Raw(f, Service, "A"));
    }

    [Fact]
    public void The_token_depends_on_the_content_only_not_on_whitespace_or_escaping()
    {
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 0, 12], Gen.Int[0, 99_999], Gen.Bool).Sample((text, number, flag) =>
        {
            var name = "Sở " + text + " – đường";
            var compact = JsonSerializer.SerializeToElement(new { name, number, flag }, MutatorJson.Options);
            var spaced = JsonDocument.Parse(JsonSerializer.Serialize(compact, new JsonSerializerOptions { WriteIndented = true })).RootElement;
            var escaped = JsonDocument.Parse(compact.GetRawText().Replace("ở", "\\u1edf", StringComparison.Ordinal)).RootElement;
            var other = JsonSerializer.SerializeToElement(new { name, number = number + 1, flag }, MutatorJson.Options);

            var token = CatalogueEntryToken.Of(compact);
            Assert.Equal(token, CatalogueEntryToken.Of(spaced));
            Assert.Equal(token, CatalogueEntryToken.Of(escaped));
            Assert.NotEqual(token, CatalogueEntryToken.Of(other));
            Assert.True(CatalogueEntryToken.IsWellFormed(token));
        });
    }
}
