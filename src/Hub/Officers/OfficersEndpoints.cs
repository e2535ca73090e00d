using System.Net;
using System.Text;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Rotation;
using CounterNode.Shared.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Officers;

/// <summary>
/// The public list of officers on duty (<c>/officers</c>, RULES 10: name, title, field and phone
/// of the officers at the center are public) and its JSON (<c>/officers/api/today</c>, used by
/// the hall display). Anonymous; it shows nothing beyond what RULES 10 discloses.
/// </summary>
public static class OfficersEndpoints
{
    public static IEndpointRouteBuilder MapOfficersEndpoints(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var officers = routes.MapGroup("/officers").AllowAnonymous();
        officers.MapGet("/", GetPageAsync);
        officers.MapGet("/api/today", GetTodayAsync);
        return routes;
    }

    private static async Task<Ok<OfficersOnDuty>> GetTodayAsync(RotationReader reader, IWorkingCalendarSource calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var state = await reader.ReadAsync(cancellationToken);
        return TypedResults.Ok(OfficersOnDutyProjection.Project(state, calendar.Current, time.GetUtcNow()));
    }

    private static async Task<ContentHttpResult> GetPageAsync(
        RotationReader reader, IWorkingCalendarSource calendar, TimeProvider time, IOptions<HubOptions> hub, CancellationToken cancellationToken)
    {
        var state = await reader.ReadAsync(cancellationToken);
        var duty = OfficersOnDutyProjection.Project(state, calendar.Current, time.GetUtcNow());
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Công chức làm việc tại Trung tâm</title>\n<link rel=\"stylesheet\" href=\"/board/assets/board.css\">\n</head>\n<body>\n")
            .Append("<header><div><h1>Công chức làm việc tại Trung tâm</h1><p class=\"center\">").Append(E(hub.Value.CenterName)).Append("</p></div></header>\n<main>\n<section class=\"wide\">\n")
            .Append("<h2>").Append(duty.IsToday ? "Hôm nay, " : "Ngày làm việc tới: ").Append(E(duty.DateText)).Append("</h2>\n")
            .Append("<table id=\"officers\"><thead><tr><th>Họ và tên</th><th>Chức danh</th><th>Lĩnh vực</th><th>Cơ quan</th><th>Điện thoại</th><th>Quầy</th></tr></thead><tbody>\n");
        foreach (var o in duty.Officers)
        {
            html.Append("<tr><td>").Append(E(o.Name)).Append(o.Reserve ? " <small>(dự phòng)</small>" : string.Empty).Append("</td><td>").Append(E(o.Title))
                .Append("</td><td>").Append(E(o.Field)).Append("</td><td>").Append(E(o.Department)).Append("</td><td>").Append(E(o.Phone))
                .Append("</td><td>").Append(E(o.Counters)).Append("</td></tr>\n");
        }

        if (duty.Officers.Count == 0)
            html.Append("<tr><td colspan=\"6\" class=\"empty\">Chưa có thông tin.</td></tr>\n");
        html.Append("</tbody></table>\n</section>\n</main>\n</body>\n</html>\n");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
