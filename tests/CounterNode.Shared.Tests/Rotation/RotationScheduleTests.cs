using CounterNode.Shared.Rotation;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Tests.Rotation;

public class RotationScheduleTests
{
    [Fact]
    public void Registry_handles_every_rotation_mutation_type()
    {
        foreach (var type in new[] { RotationMutationTypes.Put, RotationMutationTypes.Remove, RotationMutationTypes.RecordAbsence, RotationMutationTypes.AssignReserve })
            Assert.True(MutatorRegistry.Default.Handles(type), type);
    }

    [Fact]
    public void Put_stores_the_entry_in_the_counter_schedule_in_the_counter_scope()
    {
        var f = new RotationFixture();
        f.StandardWeek();
        var schedule = f.Schedule(3);
        Assert.Equal(["gt-tt", "xd-mwf"], schedule.Entries.Select(e => e.Id));
        Assert.Equal("counter:3", f.Entities.Get(RotationEntityTypes.Schedule, "3")!.Scope);
    }

    [Theory]
    [InlineData("counter-03")]
    [InlineData("kiosk-01")]
    public void Every_rotation_mutation_from_a_node_is_refused_and_changes_nothing(string node)
    {
        var f = new RotationFixture();
        f.StandardWeek();
        var before = f.Entities.Get(RotationEntityTypes.Schedule, "3")!.Data.GetRawText();
        Assert.Throws<RotationHubOnlyException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("x", "SXD", "xd2", [DayOfWeek.Saturday]), node: node));
        Assert.Throws<RotationHubOnlyException>(() => f.Apply(RotationMutationTypes.Remove, new RemoveRotationEntryPayload("xd-mwf", 3), node: node));
        Assert.Throws<RotationHubOnlyException>(() => f.Apply(RotationMutationTypes.RecordAbsence,
            new RecordAbsencePayload("a1", "xd1", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), "Ốm"), node: node));
        Assert.Throws<RotationHubOnlyException>(() => f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "xd2"), node: node));
        Assert.Equal(before, f.Entities.Get(RotationEntityTypes.Schedule, "3")!.Data.GetRawText());
        Assert.Null(f.Entities.Get(RotationEntityTypes.Absence, "a1"));
    }

    [Fact]
    public void A_counter_that_is_not_shared_or_unknown_is_refused()
    {
        var f = new RotationFixture();
        var notShared = Assert.Throws<CounterNotSharedException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("x", "STP", "tp1", [DayOfWeek.Monday], counter: 1)));
        Assert.Equal("rotation.counter-not-shared", notShared.Code);
        Assert.Throws<CounterNotSharedException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("x", "SXD", "xd1", [DayOfWeek.Monday], counter: 9)));
        Assert.Null(f.Entities.Get(RotationEntityTypes.Schedule, "1"));
    }

    [Fact]
    public void Department_and_officer_must_match_the_counter_and_each_other()
    {
        var f = new RotationFixture();
        Assert.Throws<DepartmentNotAtCounterException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("x", "STP", "tp1", [DayOfWeek.Monday])));
        Assert.Throws<OfficerDepartmentMismatchException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("x", "SXD", "gt1", [DayOfWeek.Monday])));
        Assert.Throws<UnknownOfficerException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("x", "SXD", "nobody", [DayOfWeek.Monday])));
        Assert.Throws<UnknownOfficerException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("x", "SXD", "old", [DayOfWeek.Monday])));
        Assert.Empty(f.Schedule(3).Entries);
    }

    [Fact]
    public void Malformed_entries_are_refused_with_the_field_named()
    {
        var f = new RotationFixture();
        var noDays = Assert.Throws<InvalidRotationEntryException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("x", "SXD", "xd1", [])));
        Assert.Equal("daysOfWeek", noDays.Field);
        var backwards = RotationFixture.Entry("x", "SXD", "xd1", [DayOfWeek.Monday]) with { ValidTo = new DateOnly(2026, 10, 1) };
        Assert.Equal("validTo", Assert.Throws<InvalidRotationEntryException>(() => f.Apply(RotationMutationTypes.Put, backwards)).Field);
        var outside = RotationFixture.Entry("x", "SXD", "xd1", []) with { Dates = [new DateOnly(2026, 1, 1)] };
        Assert.Equal("dates", Assert.Throws<InvalidRotationEntryException>(() => f.Apply(RotationMutationTypes.Put, outside)).Field);
        Assert.Equal("id", Assert.Throws<InvalidRotationEntryException>(() => f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("bad id!", "SXD", "xd1", [DayOfWeek.Monday]))).Field);
        Assert.Throws<InvalidMutationPayloadException>(() => MutatorRegistry.Default.Apply(RotationMutationTypes.Put,
            RotationFixture.Context("hub", RotationFixture.FridayNoonUtc), System.Text.Json.JsonDocument.Parse("{\"id\":\"x\"}").RootElement, f.Entities));
        Assert.Empty(f.Schedule(3).Entries);
    }

    [Fact]
    public void An_entry_covering_a_half_day_already_covered_is_refused_but_the_other_half_is_free()
    {
        var f = new RotationFixture();
        f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("xd-mon-am", "SXD", "xd1", [DayOfWeek.Monday], HalfDayCoverage.Morning));
        var clash = Assert.Throws<RotationOverlapException>(() =>
            f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("gt-mon", "SGTVT", "gt1", [DayOfWeek.Monday], HalfDayCoverage.Both)));
        Assert.Equal("xd-mon-am", clash.OtherEntryId);
        f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("gt-mon-pm", "SGTVT", "gt1", [DayOfWeek.Monday], HalfDayCoverage.Afternoon));
        Assert.Equal(2, f.Schedule(3).Entries.Count);
    }

    [Fact]
    public void Putting_the_same_id_again_replaces_the_entry_without_clashing_with_itself()
    {
        var f = new RotationFixture();
        f.StandardWeek();
        f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("xd-mwf", "SXD", "xd2", [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]));
        Assert.Equal("xd2", f.Schedule(3).Entries.Single(e => e.Id == "xd-mwf").Officer);
    }

    [Fact]
    public void The_stored_schedule_holds_only_the_entry_fields_in_canonical_order()
    {
        var f = new RotationFixture();
        f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("xd", "SXD", "xd1", [DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Friday]));
        var json = f.Entities.Get(RotationEntityTypes.Schedule, "3")!.Data.GetRawText();
        Assert.DoesNotContain("lastDay", json, StringComparison.Ordinal);
        Assert.Contains("\"daysOfWeek\":[\"monday\",\"friday\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"halfDays\":\"both\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_drops_the_entry_and_an_unknown_entry_is_refused()
    {
        var f = new RotationFixture();
        f.StandardWeek();
        f.Apply(RotationMutationTypes.Remove, new RemoveRotationEntryPayload("gt-tt", 3));
        Assert.Equal(["xd-mwf"], f.Schedule(3).Entries.Select(e => e.Id));
        Assert.Throws<RotationEntryNotFoundException>(() => f.Apply(RotationMutationTypes.Remove, new RemoveRotationEntryPayload("gt-tt", 3)));
        Assert.Throws<RotationEntryNotFoundException>(() => f.Apply(RotationMutationTypes.Remove, new RemoveRotationEntryPayload("xd-mwf", 4)));
    }
}
