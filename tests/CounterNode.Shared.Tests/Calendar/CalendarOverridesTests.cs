using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using CounterNode.Shared.Tests.Catalogue;
using CounterNode.Shared.Tests.Rotation;
using CsCheck;

namespace CounterNode.Shared.Tests.Calendar;

/// <summary>The synced calendar overrides (<c>catalogue.calendar-year</c>): validation, the calendar built from them, the late-absence rule.</summary>
public sealed class CalendarOverridesTests
{
    private static readonly DateOnly Friday = new(2026, 11, 20);

    private static CalendarYearEntity Year2026(params AdministrativeDayOff[] daysOff) => new(2026, daysOff, [], [], null);

    [Fact]
    public void A_valid_year_is_stored_canonical_through_catalogue_put_in_scope_center()
    {
        var f = new CatalogueFixture();
        f.Put(CatalogueEntityTypes.CalendarYear, "2026", new CalendarYearEntity(2026,
            [new(new DateOnly(2026, 12, 31), "  Nghỉ theo Thông báo 01 ".Normalize(System.Text.NormalizationForm.FormD)), new(Friday, "Nghỉ hoán đổi")],
            [new(new DateOnly(2026, 11, 28), "Làm bù cho ngày 20/11")]));

        var stored = f.Read<CalendarYearEntity>(CatalogueEntityTypes.CalendarYear, "2026")!;
        Assert.Equal([Friday, new DateOnly(2026, 12, 31)], stored.DaysOff!.Select(d => d.Date));
        Assert.Equal("Nghỉ theo Thông báo 01", stored.DaysOff![1].Reason);
        Assert.Equal(Sync.Scopes.SyncScope.Center, f.Session.Get(CatalogueEntityTypes.CalendarYear, "2026")!.Scope);
        Assert.Empty(stored.LunarNewYearDays!);
    }

    [Fact]
    public void A_counter_node_cannot_put_calendar_overrides()
    {
        var f = new CatalogueFixture();
        Assert.Throws<CatalogueHubOnlyException>(() => f.Put(CatalogueEntityTypes.CalendarYear, "2026", Year2026(new AdministrativeDayOff(Friday, "x")), "counter-01"));
        Assert.Null(f.Session.Get(CatalogueEntityTypes.CalendarYear, "2026"));
    }

    public static TheoryData<CalendarYearEntity, string> InvalidYears => new()
    {
        { Year2026(new AdministrativeDayOff(Friday, "   ")), "phải có lý do" },
        { Year2026(new AdministrativeDayOff(new DateOnly(2026, 9, 2), "Nghỉ")), "đã là ngày nghỉ (Quốc khánh" },
        { Year2026(new AdministrativeDayOff(new DateOnly(2026, 11, 22), "Nghỉ")), "đã là ngày nghỉ (Chủ nhật)" },
        { Year2026(new AdministrativeDayOff(new DateOnly(2027, 1, 4), "Nghỉ")), "không thuộc năm 2026" },
        { Year2026(new AdministrativeDayOff(Friday, "A"), new AdministrativeDayOff(Friday, "B")), "được nhập hai lần" },
        { new CalendarYearEntity(2026, [], [new MakeUpWorkingDay(Friday)]), "vốn đã là ngày làm việc" },
        { new CalendarYearEntity(2026, [], [], [], new DateOnly(2026, 9, 4)), "01/09 hoặc 03/09" },
        { new CalendarYearEntity(2026, [], [], [new DateOnly(2026, 6, 1)]), "cách mùng 1 Tết" },
        { Year2026(new AdministrativeDayOff(Friday, new string('x', 201))), "dài quá 200" },
    };

    [Theory]
    [MemberData(nameof(InvalidYears))]
    public void An_invalid_override_is_refused_with_every_problem_and_nothing_changes(CalendarYearEntity year, string expected)
    {
        var f = new CatalogueFixture();
        f.Put(CatalogueEntityTypes.CalendarYear, "2026", Year2026(new AdministrativeDayOff(new DateOnly(2026, 12, 31), "Trước")));

        var ex = Assert.Throws<InvalidCalendarOptionsException>(() => f.Put(CatalogueEntityTypes.CalendarYear, "2026", year));

        Assert.Contains(expected, ex.DisplayMessage, StringComparison.Ordinal);
        Assert.NotEmpty(ex.Problems);
        Assert.Equal(new DateOnly(2026, 12, 31), Assert.Single(f.Read<CalendarYearEntity>(CatalogueEntityTypes.CalendarYear, "2026")!.DaysOff!).Date);
    }

    [Fact]
    public void Several_problems_are_listed_at_once_and_the_id_must_be_the_year()
    {
        var problems = CalendarYearRules.FindProblems(new CalendarYearEntity(2026,
            [new(new DateOnly(2026, 9, 2), "Nghỉ"), new(new DateOnly(2026, 11, 22), "Nghỉ")], [new MakeUpWorkingDay(Friday)]));
        Assert.Equal(3, problems.Count);

        var f = new CatalogueFixture();
        var wrongId = Assert.Throws<InvalidCatalogueEntryException>(() => f.Put(CatalogueEntityTypes.CalendarYear, "2025", Year2026()));
        Assert.Equal("year", wrongId.Field);
    }

    [Fact]
    public void Without_overrides_the_built_calendar_is_the_regulation_default()
    {
        var build = CatalogueCalendar.Build(null, []);
        Assert.Empty(build.Problems);
        Gen.Int[0, 3650].Sample(offset =>
        {
            var day = new DateOnly(2025, 1, 1).AddDays(offset);
            Assert.Equal(WorkingCalendar.Default.DescribeDay(day), build.Calendar.DescribeDay(day));
        }, iter: 300);
    }

    [Fact]
    public void The_built_calendar_combines_the_center_hours_with_every_year_and_skips_an_unusable_part()
    {
        var center = new CenterEntity("Trung tâm", "000.00.00.H34", [new WorkingPeriod("07:30", "11:30"), new WorkingPeriod("13:30", "17:00")], "16:30", []);
        var tet2027 = new CalendarYearEntity(2027, [], [], [.. Enumerable.Range(0, 9).Select(i => new DateOnly(2027, 2, 5).AddDays(i))]);
        var build = CatalogueCalendar.Build(center, [Year2026(new AdministrativeDayOff(Friday, "Nghỉ hoán đổi")), tet2027]);

        Assert.Empty(build.Problems);
        Assert.Equal((new TimeOnly(7, 30), new TimeOnly(16, 30)), (build.Calendar.Sessions[0].Start, build.Calendar.CutOff));
        Assert.Equal(DayStatus.AdministrativeDayOff, build.Calendar.DescribeDay(Friday).Status);
        Assert.Equal("Nghỉ hoán đổi", build.Calendar.DescribeDay(Friday).Vietnamese);
        Assert.False(build.Calendar.IsWorkingDay(new DateOnly(2027, 2, 12)));
        Assert.Equal(new DateOnly(2026, 11, 23), build.Calendar.NextWorkingDay(new DateOnly(2026, 11, 19)));

        // A cut-off outside the hours cannot be used: the regulation hours apply, the overrides stay.
        var broken = CatalogueCalendar.Build(center with { CutOff = "18:00" }, [Year2026(new AdministrativeDayOff(Friday, "Nghỉ"))]);
        Assert.NotEmpty(broken.Problems);
        Assert.Equal(WorkingCalendarOptions.Default.CutOff, broken.Calendar.CutOff);
        Assert.False(broken.Calendar.IsWorkingDay(Friday));
    }

    [Fact]
    public void The_return_date_skips_a_declared_day_off()
    {
        var build = CatalogueCalendar.Build(null, [Year2026(new AdministrativeDayOff(Friday, "Nghỉ hoán đổi"))]);
        var receivedThursday = new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.FromHours(7));

        var before = new ReturnDateCalculator(WorkingCalendar.Default).Calculate(receivedThursday, 1);
        var after = new ReturnDateCalculator(build.Calendar).Calculate(receivedThursday, 1);

        Assert.Equal(Friday, DateOnly.FromDateTime(before.ReturnAt));
        Assert.Equal(new DateOnly(2026, 11, 23), DateOnly.FromDateTime(after.ReturnAt));
    }

    [Fact]
    public void The_late_absence_rule_reads_the_declared_day_off_from_the_state_it_applies_to()
    {
        // Reported Friday 27/11 at noon for Monday 30/11: on time by the regulation calendar…
        var onTime = new RotationFixture();
        onTime.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30), "Việc gia đình"));
        Assert.False(onTime.Absence("a1").Late);

        // …late when the administrator declared that Friday a day off: no working day is left before Monday.
        var dayOff = new RotationFixture();
        dayOff.Apply(CatalogueMutationTypes.Put, new { entityType = CatalogueEntityTypes.CalendarYear, id = "2026",
            data = Year2026(new AdministrativeDayOff(new DateOnly(2026, 11, 27), "Nghỉ hoán đổi")) });
        dayOff.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30), "Việc gia đình"));
        Assert.True(dayOff.Absence("a1").Late);
    }
}
