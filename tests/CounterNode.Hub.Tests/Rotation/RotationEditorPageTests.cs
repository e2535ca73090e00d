using CounterNode.Hub.Board;
using CounterNode.Hub.Rotation;
using CounterNode.Shared.Calendar;

namespace CounterNode.Hub.Tests.Rotation;

public class RotationEditorPageTests
{
    private static readonly DateTimeOffset MondayMorning = RotationStates.Local(RotationStates.Monday, 9);

    private static string Render(RotationState state, RotationEditorPage.Model? model = null) =>
        RotationEditorPage.Render(model ?? new RotationEditorPage.Model("Trung tâm", "giamsat", "__token", "abc", null, null),
            state, RotationProjection.Project(state, WorkingCalendar.Default, MondayMorning), RotationStates.Monday);

    [Fact]
    public void Every_text_from_the_data_is_html_encoded()
    {
        var html = Render(new RotationStates().WithOfficer("evil", "<script>alert(1)</script>", "SXD").Build());
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_fills_the_counters_form_with_the_entry_and_keeps_its_id()
    {
        var html = Render(new RotationStates().StandardWeek().Build(),
            new RotationEditorPage.Model("Trung tâm", "giamsat", "__token", "abc", null, null, EditEntryId: "gt"));
        Assert.Contains("<input type=\"hidden\" name=\"id\" value=\"gt\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"gt1\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tuesday\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Monday\" checked", html, StringComparison.Ordinal);
        Assert.Contains("Lưu thay đổi", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_form_carries_the_anti_forgery_token()
    {
        var html = Render(new RotationStates().StandardWeek().Absent("v1", "xd1", "SXD", RotationStates.Monday).Build());
        var forms = html.Split("<form method=\"post\"").Length - 1;
        var tokens = html.Split("<input type=\"hidden\" name=\"__token\" value=\"abc\">").Length - 1;
        Assert.True(forms >= 5, $"{forms} forms");
        Assert.Equal(forms, tokens);
    }
}
