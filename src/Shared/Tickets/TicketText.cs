namespace CounterNode.Shared.Tickets;

/// <summary>Words for ticket states and actions: English for logs, Vietnamese for screens.</summary>
public static class TicketText
{
    /// <summary>Vietnamese name of a state.</summary>
    public static string Vietnamese(TicketState state) => state switch
    {
        TicketState.Waiting => "đang chờ",
        TicketState.Called => "đã gọi",
        TicketState.Serving => "đang phục vụ",
        TicketState.Done => "đã phục vụ xong",
        TicketState.NoShow => "vắng mặt",
        TicketState.Cancelled => "đã hủy",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>English passive phrase: "it cannot be {phrase}".</summary>
    public static string EnglishPassive(TicketAction action) => action switch
    {
        TicketAction.Call => "called",
        TicketAction.Recall => "recalled",
        TicketAction.StartServing => "served",
        TicketAction.Complete => "completed",
        TicketAction.MarkNoShow => "marked as no-show",
        TicketAction.Transfer => "transferred",
        TicketAction.Cancel => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Vietnamese verb phrase: "không thể {phrase}".</summary>
    public static string Vietnamese(TicketAction action) => action switch
    {
        TicketAction.Call => "gọi số",
        TicketAction.Recall => "gọi lại",
        TicketAction.StartServing => "bắt đầu phục vụ",
        TicketAction.Complete => "kết thúc phục vụ",
        TicketAction.MarkNoShow => "đánh dấu vắng mặt",
        TicketAction.Transfer => "chuyển quầy hoặc dịch vụ",
        TicketAction.Cancel => "hủy số",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
