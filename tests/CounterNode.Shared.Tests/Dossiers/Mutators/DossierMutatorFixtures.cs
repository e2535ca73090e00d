using System.Text.Json;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Tests.Queue;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Tests.Dossiers.Mutators;

/// <summary>Runs dossier mutations through the real registry against an in-memory entity store.</summary>
internal sealed class DossierMutatorFixtures
{
    public const string Code = "000.00.00.H34-261126-0001";
    public const string ApplicantName = "Phạm Thị Lan Hương";
    public const string CollectorName = "Võ Văn Kiệt Mẫu";
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(7));
    public static readonly DateTimeOffset ReturnAt = new(2026, 12, 10, 16, 0, 0, TimeSpan.FromHours(7));

    private long _clock = ReceivedAt.ToUnixTimeMilliseconds();
    private long _mutationId;

    public DictionaryEntitySession Session { get; } = new();

    public static ReceiveDossierPayload Receipt(string code = Code, bool byProxy = false, string? note = null) => new(
        Guid.CreateVersion7(),
        code,
        "STP-01",
        "Cấp Phiếu lý lịch tư pháp",
        "STP",
        10,
        new DossierApplicant(ApplicantName, "12 Trần Phú, Kon Tum", "0905123456", "huong@example.vn", byProxy, note),
        [new ReceivedDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chính", 1)],
        1,
        ResultDelivery.Counter,
        200_000,
        1,
        ReceivedAt,
        ReturnAt,
        ["Nhận hồ sơ lúc 09:30 thứ Năm 26/11/2026", "Hẹn trả 16:00 thứ Năm 10/12/2026"],
        Electronic: false);

    public void Apply(string type, object payload, string node = "counter-01", string? officer = "cb01") =>
        MutatorRegistry.Default.Apply(
            new Mutation(node, ++_mutationId, Guid.CreateVersion7(), type, MutatorJson.ToElement(payload),
                HybridTimestamp.Create(_clock += 60_000, 0), officer, string.Empty, string.Empty),
            Session,
            isAuthoritative: node == DossierMutationTypes.HubNodeId);

    public void Hub(string type, object payload) => Apply(type, payload, DossierMutationTypes.HubNodeId, "stp-officer");

    public DossierEntity Dossier(string code = Code) =>
        MutatorJson.ReadState<DossierEntity>(Session.Get(DossierEntityTypes.Dossier, code)!);

    public DossierStatusEntity Status(string code = Code) =>
        MutatorJson.ReadState<DossierStatusEntity>(Session.Get(DossierEntityTypes.Status, code)!);

    /// <summary>The raw stored JSON of both entities (to prove a refusal changed nothing).</summary>
    public string Raw(string code = Code) =>
        (Session.Get(DossierEntityTypes.Dossier, code)?.Data.GetRawText() ?? "-") + "|" +
        (Session.Get(DossierEntityTypes.Status, code)?.Data.GetRawText() ?? "-");

    /// <summary>Received → transferred → processing.</summary>
    public void ToProcessing()
    {
        Apply(DossierMutationTypes.Receive, Receipt());
        Apply(DossierMutationTypes.Transfer, new TransferDossierPayload(Code, "batch-1"));
        Hub(DossierMutationTypes.StartProcessing, new DossierCodePayload(Code));
    }

    public static JsonElement Json(object value) => MutatorJson.ToElement(value);
}
