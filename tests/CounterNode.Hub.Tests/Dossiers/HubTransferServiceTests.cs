using CounterNode.Hub.Dossiers;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Tests.Dossiers;

/// <summary>The transfer service on a fake clock against a real Hub database: batches at 10:30 and 16:30, the 16:00 cut-off, electronic at once.</summary>
public sealed class HubTransferServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Paper_goes_in_the_days_batches_after_the_cut_off_on_Monday_and_electronic_at_once()
    {
        // Friday 27 November 2026, 08:00 center-local.
        await using var bed = await HubDossierBed.CreateAsync(new DateTime(2026, 11, 27, 8, 0, 0));
        var morning = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        var electronic = await bed.ReceiveAsync(bed.Time.GetUtcNow(), electronic: true);
        var otherDepartment = await bed.ReceiveAsync(bed.Time.GetUtcNow(), department: "SKHDT");

        var service = new DossierTransferService(bed.Transferrer, bed.Plans, new DossierChangeSignal(), Options.Create(bed.Settings), bed.Time,
            NullLogger<DossierTransferService>.Instance);
        await service.StartAsync(default);
        try
        {
            // Electronic: at once, in its own batch; paper waits for 10:30.
            await WaitForStateAsync(bed, electronic, DossierState.TransferredToDepartment);
            Assert.Equal("E-" + electronic, (await bed.GetAsync(electronic)).TransferBatch);
            Assert.Equal(DossierState.Received, (await bed.GetAsync(morning)).State);

            bed.Time.Advance(TimeSpan.FromMinutes(150)); // 10:30
            await WaitForStateAsync(bed, morning, DossierState.TransferredToDepartment);
            Assert.Equal("P-20261127-1030-STP", (await bed.GetAsync(morning)).TransferBatch);
            await WaitForStateAsync(bed, otherDepartment, DossierState.TransferredToDepartment);
            Assert.Equal("P-20261127-1030-SKHDT", (await bed.GetAsync(otherDepartment)).TransferBatch);

            bed.Time.Advance(TimeSpan.FromMinutes(300)); // 15:30
            var afternoon = await bed.ReceiveAsync(bed.Time.GetUtcNow());
            bed.Time.Advance(TimeSpan.FromMinutes(40)); // 16:10: after the cut-off
            var late = await bed.ReceiveAsync(bed.Time.GetUtcNow());
            bed.Time.Advance(TimeSpan.FromMinutes(20)); // 16:30
            await WaitForStateAsync(bed, afternoon, DossierState.TransferredToDepartment);
            Assert.Equal("P-20261127-1630-STP", (await bed.GetAsync(afternoon)).TransferBatch);
            Assert.Equal(DossierState.Received, (await bed.GetAsync(late)).State);

            bed.Time.Advance(TimeSpan.FromHours(66) - TimeSpan.FromMinutes(1)); // Monday 10:29
            await Task.Delay(300);
            Assert.Equal(DossierState.Received, (await bed.GetAsync(late)).State);
            bed.Time.Advance(TimeSpan.FromMinutes(1)); // Monday 30 November, 10:30
            await WaitForStateAsync(bed, late, DossierState.TransferredToDepartment);
            var transferred = await bed.GetAsync(late);
            Assert.Equal("P-20261130-1030-STP", transferred.TransferBatch);
            Assert.Equal("STP", transferred.TransferredTo);
            Assert.Equal("hub-transfer", transferred.History.Single(h => h.Action == DossierAction.TransferToDepartment).OfficerId);
        }
        finally
        {
            await service.StopAsync(default);
        }

        Assert.True((await bed.Engine.VerifyChangeLogAsync(default)).IsIntact);
        Assert.Contains(bed.Pokes.Pokes, p => p.Scopes.Contains("dept:SKHDT"));
    }

    [Fact]
    public async Task After_a_restart_past_a_batch_time_that_days_batch_is_formed_at_once_but_not_yesterdays()
    {
        // The Hub was down at 10:30 on Friday and comes back at 11:05.
        await using var bed = await HubDossierBed.CreateAsync(new DateTime(2026, 11, 27, 9, 0, 0));
        var missed = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        bed.Time.Advance(TimeSpan.FromMinutes(125));
        var afterBatch = await bed.ReceiveAsync(bed.Time.GetUtcNow());

        var service = new DossierTransferService(bed.Transferrer, bed.Plans, new DossierChangeSignal(), Options.Create(bed.Settings), bed.Time,
            NullLogger<DossierTransferService>.Instance);
        await service.StartAsync(default);
        try
        {
            await WaitForStateAsync(bed, missed, DossierState.TransferredToDepartment);
            Assert.Equal("P-20261127-1030-STP", (await bed.GetAsync(missed)).TransferBatch);
            await Task.Delay(300);
            Assert.Equal(DossierState.Received, (await bed.GetAsync(afterBatch)).State); // its batch is 16:30
        }
        finally
        {
            await service.StopAsync(default);
        }
    }

    [Fact]
    public async Task The_catalogues_transfer_times_replace_the_default()
    {
        await using var bed = await HubDossierBed.CreateAsync(new DateTime(2026, 11, 26, 8, 0, 0)); // Thursday
        await bed.Issuer.IssueAsync(CatalogueMutationTypes.Put, new CataloguePutPayload(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId,
            System.Text.Json.JsonSerializer.SerializeToElement(new CenterEntity("Trung tâm", "000.00.00.H34",
                [new WorkingPeriod("07:00", "11:00"), new WorkingPeriod("13:00", "17:00")], "16:00", ["09:00", "14:00"]), Shared.Sync.SyncJson.Options)), "admin", default);
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow());

        var planner = await bed.Plans.GetAsync(default);
        var formed = await bed.Transferrer.FormBatchesAsync(planner.NextSlot(new DateTime(2026, 11, 26, 8, 0, 1)), default);

        var batch = Assert.Single(formed);
        Assert.Equal("P-20261126-0900-STP", batch.BatchId);
        Assert.Equal([code], batch.Codes);
        Assert.Equal(DossierState.TransferredToDepartment, (await bed.GetAsync(code)).State);
    }

    [Fact]
    public async Task A_second_run_of_the_same_slot_transfers_nothing_twice()
    {
        await using var bed = await HubDossierBed.CreateAsync(new DateTime(2026, 11, 27, 8, 0, 0));
        var code = await bed.ReceiveAsync(bed.Time.GetUtcNow());
        var slot = new Shared.Dossiers.Transfer.TransferSlot(new DateOnly(2026, 11, 27), new TimeOnly(10, 30));

        var first = await bed.Transferrer.FormBatchesAsync(slot, default);
        var second = await bed.Transferrer.FormBatchesAsync(slot, default);

        Assert.Equal([code], Assert.Single(first).Codes);
        Assert.Empty(second);
        Assert.Single((await bed.GetAsync(code)).History, h => h.Action == DossierAction.TransferToDepartment);
    }

    private static async Task WaitForStateAsync(HubDossierBed bed, string code, DossierState state)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if ((await bed.Reader.FindAsync(code, default))?.State == state)
                return;
            await Task.Delay(25);
        }

        Assert.Fail($"{code} did not reach {state} within {Patience}; it is {(await bed.GetAsync(code)).State}.");
    }
}
