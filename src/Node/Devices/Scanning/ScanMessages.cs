namespace CounterNode.Node.Devices.Scanning;

/// <summary>The Vietnamese messages the console shows for a rejected scan.</summary>
public static class ScanMessages
{
    public static string For(ScanRejectReason reason) => reason switch
    {
        ScanRejectReason.Partial => "Mã quét không trọn vẹn. Vui lòng quét lại.",
        ScanRejectReason.ControlCharacter => "Mã quét có ký tự điều khiển không hợp lệ. Vui lòng quét lại.",
        ScanRejectReason.InvalidEncoding => "Mã quét bị lỗi mã hóa ký tự. Vui lòng quét lại.",
        ScanRejectReason.NonAscii => "Mã quét có ký tự không hợp lệ. Vui lòng quét lại.",
        ScanRejectReason.TooLong => "Mã quét quá dài, không phải mã hợp lệ. Vui lòng quét lại.",
        ScanRejectReason.UnknownKey => "Máy quét gửi phím không nhận dạng được. Vui lòng quét lại hoặc kiểm tra cấu hình máy quét.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reject reason."),
    };
}
