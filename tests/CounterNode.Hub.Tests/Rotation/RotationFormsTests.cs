using CounterNode.Hub.Rotation;
using CounterNode.Shared.Rotation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CounterNode.Hub.Tests.Rotation;

public class RotationFormsTests
{
    private static FormCollection Form(params (string Key, string[] Values)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => new StringValues(f.Values)));

    [Fact]
    public void An_entry_takes_the_department_of_the_chosen_officer_and_reads_days_and_dates()
    {
        var entry = RotationForms.Entry(Form(
            ("counter", ["3"]), ("officer", ["gt1"]), ("days", ["Tuesday", "thursday"]), ("dates", ["05/12/2026, 2026-12-12"]),
            ("halfDays", ["morning"]), ("validFrom", ["2026-12-01"]), ("validTo", [""])), new RotationStates().Build());
        Assert.Equal("SGTVT", entry.Department);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], entry.DaysOfWeek);
        Assert.Equal([new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 12)], entry.Dates);
        Assert.Equal(HalfDayCoverage.Morning, entry.HalfDays);
        Assert.Null(entry.ValidTo);
        Assert.True(RotationRules.IsId(entry.Id));
    }

    [Fact]
    public void A_withdrawal_needs_a_reason()
    {
        var refused = Assert.Throws<InvalidRotationFormException>(() => RotationForms.Cancel(Form(("absenceId", ["v-1"]), ("reason", ["  "]))));
        Assert.Equal("reason", refused.Field);
        Assert.Equal(new CancelAbsencePayload("v-1", "Đi làm lại"), RotationForms.Cancel(Form(("absenceId", [" v-1 "]), ("reason", [" Đi làm lại "]))));
    }

    [Theory]
    [InlineData("dates", "31/02/2026")]
    [InlineData("validFrom", "mai")]
    [InlineData("days", "Funday")]
    [InlineData("counter", "ba")]
    public void A_field_that_cannot_be_read_is_refused_with_its_name(string field, string value)
    {
        var fields = new Dictionary<string, string[]>
        {
            ["counter"] = ["3"], ["officer"] = ["gt1"], ["days"] = ["Tuesday"], ["halfDays"] = ["both"], ["validFrom"] = ["2026-12-01"],
        };
        fields[field] = [value];
        var error = Assert.Throws<InvalidRotationFormException>(() =>
            RotationForms.Entry(Form([.. fields.Select(f => (f.Key, f.Value))]), new RotationStates().Build()));
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.DisplayMessage));
    }

    [Fact]
    public void An_unknown_officer_is_refused_and_an_absence_defaults_to_whole_days()
    {
        Assert.Throws<UnknownOfficerException>(() => RotationForms.Entry(Form(("counter", ["3"]), ("officer", ["nobody"])), new RotationStates().Build()));
        var absence = RotationForms.Absence(Form(("officer", ["xd1"]), ("fromDate", ["2026-11-30"]), ("reason", ["Ốm"]), ("emergency", ["on"])));
        Assert.Equal(new DateOnly(2026, 11, 30), absence.ToDate);
        Assert.Equal(HalfDay.Morning, absence.FromPart);
        Assert.Equal(HalfDay.Afternoon, absence.ToPart);
        Assert.True(absence.Emergency);
    }
}
