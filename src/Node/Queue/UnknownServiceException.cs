using CounterNode.Shared.Errors;

namespace CounterNode.Node.Queue;

/// <summary>A kiosk request names a service the center does not offer (the input is not repeated).</summary>
public sealed class UnknownServiceException()
    : DomainException("queue.unknown-service", "The requested service is not offered at this center.", "Dịch vụ này không có tại Trung tâm. Vui lòng chọn dịch vụ khác.");
