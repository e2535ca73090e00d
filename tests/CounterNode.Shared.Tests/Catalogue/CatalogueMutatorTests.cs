using System.Text.Json;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Tests.Catalogue;

public sealed class CatalogueMutatorTests
{
    [Theory]
    [InlineData("counter-01")]
    [InlineData("kiosk-01")]
    [InlineData("HUB")]
    [InlineData("hub ")]
    public void Only_the_hub_may_change_the_catalogue_and_a_refusal_stores_nothing(string node)
    {
        var f = new CatalogueFixture().WithBasics();

        var put = Assert.Throws<CatalogueHubOnlyException>(() =>
            f.Put(CatalogueEntityTypes.Department, "SGTVT", new DepartmentEntity("SGTVT", "Sở Giao thông vận tải"), node));
        var remove = Assert.Throws<CatalogueHubOnlyException>(() => f.Remove(CatalogueEntityTypes.Service, "A", node));

        Assert.Equal((CatalogueHubOnlyException.ErrorCode, node), (put.Code, put.NodeId));
        Assert.Equal(CatalogueMutationTypes.Remove, remove.MutationType);
        Assert.Contains("Hub", put.DisplayMessage, StringComparison.Ordinal);
        Assert.Null(f.Session.Get(CatalogueEntityTypes.Department, "SGTVT"));
        Assert.NotNull(f.Session.Get(CatalogueEntityTypes.Service, "A"));
    }

    [Fact]
    public void Every_type_is_stored_in_scope_center_in_canonical_form()
    {
        var f = new CatalogueFixture().WithBasics();
        f.Put(CatalogueEntityTypes.Center, "center", new CenterEntity(
            "  Trung tâm Phục vụ hành chính công tỉnh Kon Tum ", "000.00.00.H34",
            [new WorkingPeriod("07:00", "11:00"), new WorkingPeriod("13:00", "17:00")], "16:00", ["16:30", "10:30"]));
        f.Put(CatalogueEntityTypes.PriorityCategory, "nguoi-cao-tuoi", new PriorityCategoryEntity("nguoi-cao-tuoi", "Người cao tuổi"));
        f.Put(CatalogueEntityTypes.Service, "C", new ServiceEntity("C", "Xây dựng", ["SXD", "STP", "SXD"], ServicePriority.Interleaved, 3));
        f.Put(CatalogueEntityTypes.Procedure, "STP-01", new ProcedureEntity("STP-01", "Cấp Phiếu lý lịch tư pháp", "STP", 10, 200_000, ["Tờ khai", "Bản chụp giấy tờ tùy thân"]));
        f.Put(CatalogueEntityTypes.Counter, "3", new CounterEntity(3, ["C", "A"], ["SXD"], Shared: true));
        f.Put(CatalogueEntityTypes.Officer, "cb01", new OfficerEntity("cb01", "Nguyễn Văn An", "Chuyên viên", "STP", "0260 3 123 456", CatalogueFixture.PinHash));

        f.Put(CatalogueEntityTypes.CalendarYear, "2026", new CalendarYearEntity(2026, [new(new DateOnly(2026, 11, 20), "Nghỉ theo thông báo")]));

        var center = f.Read<CenterEntity>(CatalogueEntityTypes.Center, "center")!;
        Assert.Equal("Trung tâm Phục vụ hành chính công tỉnh Kon Tum", center.Name);
        Assert.Equal(["10:30", "16:30"], center.PaperTransferTimes);
        Assert.Equal(new TimeOnly(13, 0), center.WorkingHours[1].Start);
        var service = f.Read<ServiceEntity>(CatalogueEntityTypes.Service, "C")!;
        Assert.Equal((ServicePriority.Interleaved, 3), (service.Priority, service.NormalsBetween));
        Assert.Equal(["SXD", "STP"], service.Departments);
        Assert.True(f.Read<CounterEntity>(CatalogueEntityTypes.Counter, "3")!.Shared);
        Assert.Null(f.Read<OfficerEntity>(CatalogueEntityTypes.Officer, "cb01")!.BadgeHash);
        Assert.Equal(200_000, f.Read<ProcedureEntity>(CatalogueEntityTypes.Procedure, "STP-01")!.Fee);
        Assert.All(CatalogueEntityTypes.All, type => Assert.Equal(SyncScope.Center, f.Session.Get(type, type switch
        {
            CatalogueEntityTypes.Center => "center",
            CatalogueEntityTypes.Department => "STP",
            CatalogueEntityTypes.Service => "C",
            CatalogueEntityTypes.Procedure => "STP-01",
            CatalogueEntityTypes.Counter => "3",
            CatalogueEntityTypes.Officer => "cb01",
            CatalogueEntityTypes.CalendarYear => "2026",
            _ => "nguoi-cao-tuoi",
        })!.Scope));
    }

    [Fact]
    public void Decomposed_vietnamese_is_stored_composed()
    {
        var f = new CatalogueFixture().WithBasics();
        var decomposed = "Tư pháp - Hộ tịch".Normalize(System.Text.NormalizationForm.FormD);
        f.Put(CatalogueEntityTypes.Service, "A", new ServiceEntity("A", decomposed, ["STP"]));
        Assert.Equal("Tư pháp - Hộ tịch", f.Read<ServiceEntity>(CatalogueEntityTypes.Service, "A")!.Name);
    }

    public static TheoryData<string, string, string, string> InvalidEntries => new()
    {
        { CatalogueEntityTypes.Service, "A", """{"prefix":"A","name":"  ","departments":["STP"]}""", "name" },
        { CatalogueEntityTypes.Service, "a", """{"prefix":"a","name":"X","departments":["STP"]}""", "prefix" },
        { CatalogueEntityTypes.Service, "B", """{"prefix":"A","name":"X","departments":["STP"]}""", "prefix" },
        { CatalogueEntityTypes.Service, "A", """{"prefix":"A","name":"X","departments":[]}""", "departments" },
        { CatalogueEntityTypes.Service, "A", """{"prefix":"A","name":"X","departments":["STP"],"priority":"interleaved","normalsBetween":0}""", "normalsBetween" },
        { CatalogueEntityTypes.Service, "A", """{"prefix":"A","name":"X","departments":["STP"],"priority":"sometimes"}""", "priority" },
        { CatalogueEntityTypes.Service, "A", """{"prefix":"A","departments":["STP"]}""", "data" },
        { CatalogueEntityTypes.Procedure, "STP-09", """{"code":"STP-09","name":"X","department":"STP","processingDays":-1,"fee":0,"documents":[]}""", "processingDays" },
        { CatalogueEntityTypes.Procedure, "STP-09", """{"code":"STP-09","name":"X","department":"STP","processingDays":1,"fee":-5,"documents":[]}""", "fee" },
        { CatalogueEntityTypes.Procedure, "STP-09", """{"code":"STP-09","name":"X","department":"STP","processingDays":1,"fee":0,"documents":["ok",""]}""", "documents[1]" },
        { CatalogueEntityTypes.Procedure, "STP-09", """{"code":"STP-09","name":"X","department":"STP","processingDays":"ten","fee":0,"documents":[]}""", "processingDays" },
        { CatalogueEntityTypes.Counter, "4", """{"number":5,"services":["A"],"departments":[]}""", "number" },
        { CatalogueEntityTypes.Counter, "0", """{"number":0,"services":["A"],"departments":[]}""", "number" },
        { CatalogueEntityTypes.Counter, "4", """{"number":4,"services":[],"departments":[]}""", "services" },
        { CatalogueEntityTypes.Center, "center", """{"name":"T","agencyCode":"000.00.00.H34","workingHours":[{"from":"11:00","to":"07:00"}],"cutOff":"16:00","paperTransferTimes":[]}""", "workingHours[0].to" },
        { CatalogueEntityTypes.Center, "center", """{"name":"T","agencyCode":"000.00.00.H34","workingHours":[{"from":"07:00","to":"11:00"},{"from":"10:00","to":"17:00"}],"cutOff":"16:00","paperTransferTimes":[]}""", "workingHours[1].from" },
        { CatalogueEntityTypes.Center, "center", """{"name":"T","agencyCode":"000.00.00.H34","workingHours":[{"from":"07:00","to":"11:00"}],"cutOff":"4 PM","paperTransferTimes":[]}""", "cutOff" },
        { CatalogueEntityTypes.Center, "center", """{"name":"T","agencyCode":"no code","workingHours":[{"from":"07:00","to":"11:00"}],"cutOff":"16:00","paperTransferTimes":[]}""", "agencyCode" },
        { CatalogueEntityTypes.Center, "main", """{"name":"T","agencyCode":"000.00.00.H34","workingHours":[{"from":"07:00","to":"11:00"}],"cutOff":"16:00","paperTransferTimes":[]}""", "id" },
        { CatalogueEntityTypes.Officer, "cb:01", """{"id":"cb:01","name":"A","title":"B","department":"STP","phone":"","pinHash":"x"}""", "id" },
        { CatalogueEntityTypes.Officer, "cb01", """{"id":"cb01","name":"A","title":"B","department":"STP","phone":"","pinHash":"1234"}""", "pinHash" },
        { CatalogueEntityTypes.Officer, "cb01", """{"id":"cb01","name":"A","title":"B","department":"STP","phone":"call me","pinHash":"1234"}""", "phone" },
        { CatalogueEntityTypes.PriorityCategory, "Người", """{"id":"Người","name":"Người cao tuổi"}""", "id" },
        { CatalogueEntityTypes.Department, "STP", "[1,2]", "data" },
        { CatalogueEntityTypes.Department, " ", """{"code":"STP","name":"Sở"}""", "id" },
    };

    [Theory]
    [MemberData(nameof(InvalidEntries))]
    public void An_invalid_entry_is_refused_naming_the_field_and_stores_nothing(string type, string id, string json, string field)
    {
        var f = new CatalogueFixture().WithBasics();
        var before = f.Session.Get(type, id.Trim().Length == 0 ? "x" : id.Trim())?.Data.GetRawText();

        var ex = Assert.Throws<InvalidCatalogueEntryException>(() =>
            f.Apply(CatalogueMutationTypes.HubNodeId, CatalogueMutationTypes.Put, new { entityType = type, id, data = JsonDocument.Parse(json).RootElement }));

        Assert.Equal(field, ex.Field);
        Assert.Equal(InvalidCatalogueEntryException.ErrorCode, ex.Code);
        Assert.Contains(field, ex.DisplayMessage, StringComparison.Ordinal);
        Assert.Equal(before, f.Session.Get(type, id.Trim().Length == 0 ? "x" : id.Trim())?.Data.GetRawText());
    }

    [Fact]
    public void An_invalid_service_edit_keeps_the_previous_version()
    {
        var f = new CatalogueFixture().WithBasics();
        Assert.Throws<InvalidCatalogueEntryException>(() => f.Put(CatalogueEntityTypes.Service, "A", new ServiceEntity("A", "", ["STP"])));
        Assert.Equal("Tư pháp - Hộ tịch", f.Read<ServiceEntity>(CatalogueEntityTypes.Service, "A")!.Name);
    }

    [Theory]
    [InlineData("catalogue.widget")]
    [InlineData("ticket")]
    [InlineData("")]
    public void An_unknown_entity_type_is_refused(string type)
    {
        var f = new CatalogueFixture();
        var put = Assert.Throws<UnknownCatalogueEntityTypeException>(() => f.Put(type, "X", new DepartmentEntity("X", "X")));
        Assert.Throws<UnknownCatalogueEntityTypeException>(() => f.Remove(type, "X"));
        Assert.Equal((UnknownCatalogueEntityTypeException.ErrorCode, type), (put.Code, put.EntityType));
        Assert.Null(f.Session.Get(type.Length == 0 ? "t" : type, "X"));
    }

    [Fact]
    public void A_payload_without_the_envelope_fields_is_an_invalid_payload()
    {
        var f = new CatalogueFixture();
        Assert.Throws<InvalidMutationPayloadException>(() => f.Apply(CatalogueMutationTypes.HubNodeId, CatalogueMutationTypes.Put, new { id = "A" }));
        Assert.Throws<InvalidMutationPayloadException>(() => f.Apply(CatalogueMutationTypes.HubNodeId, CatalogueMutationTypes.Remove, new { entityType = CatalogueEntityTypes.Service }));
    }

    [Theory]
    [InlineData(CatalogueEntityTypes.Service, """{"prefix":"B","name":"X","departments":["SKHDT"]}""", "B", "departments[0]", CatalogueEntityTypes.Department)]
    [InlineData(CatalogueEntityTypes.Counter, """{"number":2,"services":["A","Z"],"departments":[]}""", "2", "services[1]", CatalogueEntityTypes.Service)]
    [InlineData(CatalogueEntityTypes.Procedure, """{"code":"X-1","name":"X","department":"NOPE","processingDays":1,"fee":0,"documents":[]}""", "X-1", "department", CatalogueEntityTypes.Department)]
    public void A_reference_to_a_missing_entry_is_refused(string type, string json, string id, string field, string referenced)
    {
        var f = new CatalogueFixture().WithBasics();
        var ex = Assert.Throws<CatalogueReferenceNotFoundException>(() =>
            f.Apply(CatalogueMutationTypes.HubNodeId, CatalogueMutationTypes.Put, new { entityType = type, id, data = JsonDocument.Parse(json).RootElement }));
        Assert.Equal((field, referenced), (ex.Field, ex.ReferencedType));
        Assert.IsAssignableFrom<DomainException>(ex);
        Assert.Null(f.Session.Get(type, id));
    }

    [Fact]
    public void Remove_deletes_an_entry_but_not_the_center_nor_a_missing_one()
    {
        var f = new CatalogueFixture().WithBasics();
        f.Put(CatalogueEntityTypes.Center, "center", new CenterEntity("T", "000.00.00.H34", [new WorkingPeriod("07:00", "11:00")], "10:00", []));

        f.Remove(CatalogueEntityTypes.Department, "SXD");

        Assert.Null(f.Session.Get(CatalogueEntityTypes.Department, "SXD"));
        Assert.Throws<CatalogueEntryNotFoundException>(() => f.Remove(CatalogueEntityTypes.Department, "SXD"));
        var center = Assert.Throws<InvalidCatalogueEntryException>(() => f.Remove(CatalogueEntityTypes.Center, "center"));
        Assert.Equal("entityType", center.Field);
        Assert.NotNull(f.Session.Get(CatalogueEntityTypes.Center, "center"));
    }
}
