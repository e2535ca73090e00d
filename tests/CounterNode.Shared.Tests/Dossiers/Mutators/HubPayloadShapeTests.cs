using System.Text.Json;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;
using static CounterNode.Shared.Dossiers.Mutators.DossierMutationTypes;

namespace CounterNode.Shared.Tests.Dossiers.Mutators;

/// <summary>
/// The Hub serialises its payloads with <see cref="SyncJson.Options"/> (HubMutationIssuer); the
/// mutators read them with <see cref="MutatorJson.Options"/>. The dossier payloads must mean the
/// same under both.
/// </summary>
public sealed class HubPayloadShapeTests
{
    private const string Code = DossierMutatorFixtures.Code;

    private static void ApplyAsHub(DossierMutatorFixtures f, string type, object payload, long ms) =>
        MutatorRegistry.Default.Apply(type,
            new MutationContext(HubNodeId, ms, Guid.CreateVersion7(), HybridTimestamp.Create(ms, 0), "stp-officer", IsAuthoritative: true),
            JsonSerializer.SerializeToElement(payload, payload.GetType(), SyncJson.Options),
            f.Session);

    [Fact]
    public void Department_payloads_serialised_the_hubs_way_are_understood()
    {
        var f = new DossierMutatorFixtures();
        var receipt = DossierMutatorFixtures.Receipt() with { Delivery = ResultDelivery.Post };
        MutatorRegistry.Default.Apply(Receive,
            new MutationContext("counter-01", 1, Guid.CreateVersion7(), HybridTimestamp.Create(1_795_000_000_000, 0), "cb01", false),
            JsonSerializer.SerializeToElement(receipt, SyncJson.Options), f.Session);
        Assert.Equal(ResultDelivery.Post, f.Dossier().Reception.Delivery);

        ApplyAsHub(f, Transfer, new TransferDossierPayload(Code, "b-1"), 1_795_000_100_000);
        ApplyAsHub(f, StartProcessing, new DossierCodePayload(Code), 1_795_000_200_000);
        ApplyAsHub(f, ReportDelay, new ReportDelayPayload(Code, "Chờ xác minh", new DateOnly(2026, 12, 18)), 1_795_000_300_000);
        ApplyAsHub(f, RequestSupplement, new RequestSupplementPayload(Code, ["Ảnh 4x6"], null), 1_795_000_400_000);

        var d = f.Dossier();
        Assert.Equal((DossierState.SupplementRequested, new DateOnly(2026, 12, 18), "b-1"), (d.State, d.ReturnDate, d.TransferBatch));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_400_000), d.Supplement!.At);
        Assert.Equal("stp-officer", d.History[^1].OfficerId);
    }
}
