using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Layout;

internal static class QueueTicketComposer
{
    public static DocumentLayout Compose(QueueTicketDocument ticket, bool reprint)
    {
        var page = new LayoutBuilder();
        FormHeader.Reprint(page, reprint);
        page.Center(ticket.CenterName.ToUpperInvariant(), bold: true)
            .Rule()
            .Center("SỐ THỨ TỰ CỦA QUÝ KHÁCH", bold: true)
            .Center(ticket.TicketNumber, bold: true, scale: 4)
            .Center(ticket.ServiceName, bold: true);
        if (ticket.PriorityCategory is not null)
        {
            page.Center($"Ưu tiên: {ticket.PriorityCategory}", bold: true);
        }

        page.Center($"Mời đến: {ticket.CounterHint}")
            .Rule()
            .Left($"Số người đang chờ trước: {ticket.PeopleAhead}")
            .Left($"Thời gian chờ dự kiến: {VietnameseFormat.Duration(ticket.EstimatedWait)}")
            .Left($"Giờ lấy số: {VietnameseFormat.TimeAndDate(ticket.IssuedAt)}")
            .Feed()
            .Qr(ticket.FollowUrl)
            .Center("Quét mã để theo dõi lượt gọi")
            .Center("Vui lòng chú ý màn hình và loa gọi số.")
            .Cut();
        return page.Build();
    }
}
