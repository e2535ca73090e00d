using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Tests.Dossiers;

public class DossierSnapshotTests
{
    private static readonly DateTimeOffset T0 = DossierFixtures.ReceivedAt;

    public static TheoryData<DossierState, bool> States()
    {
        var data = new TheoryData<DossierState, bool>();
        foreach (var state in Enum.GetValues<DossierState>())
        {
            data.Add(state, false);
            // A supplement round can precede Processing and everything after it.
            if (state is DossierState.Processing or DossierState.ResultReady or DossierState.Returned)
                data.Add(state, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Every_state_restores_to_an_identical_dossier(DossierState state, bool viaSupplement)
    {
        var dossier = DossierFixtures.InState(state, viaSupplement);
        if (DossierStateMachine.CanApply(state, DossierAction.ReportDelay))
        {
            dossier.ReportDelay("o", "Chờ xác minh.", dossier.ReturnDate.AddDays(3), T0.AddDays(20));
            dossier.ReportDelay("o", "Chờ ý kiến phối hợp.", dossier.ReturnDate.AddDays(3), T0.AddDays(21));
        }

        var restored = Dossier.Restore(dossier.ToSnapshot());

        Assert.Equal(dossier.State, restored.State);
        Assert.Equal(dossier.ReturnDate, restored.ReturnDate);
        Assert.Equal(dossier.History, restored.History);
        Assert.Equal(dossier.Delays, restored.Delays);
        Assert.Equal(dossier.Department, restored.Department);
        Assert.Equal(dossier.Refusal, restored.Refusal);
        Assert.Equal(dossier.Collection, restored.Collection);
        Assert.Equal(dossier.SupplementRequest?.MissingItems, restored.SupplementRequest?.MissingItems);
        Assert.Same(dossier.Applicant, restored.Applicant);
    }

    [Fact]
    public void A_restored_dossier_still_refuses_a_second_supplement_request()
    {
        var restored = Dossier.Restore(DossierFixtures.InState(DossierState.Processing, viaSupplement: true).ToSnapshot());
        Assert.Throws<SupplementAlreadyRequestedException>(() => restored.RequestSupplement("o", ["Giấy tờ khác"], null, T0.AddDays(9)));
    }

    [Fact]
    public void Details_the_history_does_not_account_for_are_refused()
    {
        var processing = DossierFixtures.InState(DossierState.Processing).ToSnapshot();
        AssertRefused(processing with { Refusal = new Refusal("Lý do", "o", T0) });
        AssertRefused(processing with { Delays = [new DelayReport("Lý do", DossierFixtures.ReturnDate, DossierFixtures.ReturnDate.AddDays(2), "o", T0)] });
        AssertRefused(processing with { Department = null });
        AssertRefused(DossierFixtures.NewDossier().ToSnapshot() with { Department = "SXD" });
        AssertRefused(processing with { SupplementRequest = new SupplementRequest(["x"], null, "o", T0) });

        var returned = DossierFixtures.InState(DossierState.Returned).ToSnapshot();
        AssertRefused(returned with { Collection = null });
        AssertRefused(returned with { Collection = returned.Collection! with { ByProxy = true, AuthorisationNote = null } });
        AssertRefused(returned with { History = [.. returned.History.Take(2), .. returned.History.Skip(3)] });
        AssertRefused(returned with { History = [.. returned.History.SkipLast(1), returned.History[^1] with { To = DossierState.Refused }] });

        // A forged second supplement round.
        var supplemented = DossierFixtures.InState(DossierState.Processing, viaSupplement: true).ToSnapshot();
        var round = supplemented.History.Where(t => t.Action is DossierAction.RequestSupplement or DossierAction.ReceiveSupplement or DossierAction.StartProcessing).TakeLast(3);
        AssertRefused(supplemented with { History = [.. supplemented.History, .. round] });
    }

    [Fact]
    public void The_snapshot_prints_no_personal_data()
    {
        var dossier = DossierFixtures.InState(DossierState.Returned);
        var text = dossier.ToSnapshot().ToString();
        Assert.DoesNotContain(DossierFixtures.ApplicantName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DossierFixtures.ApplicantPhone, text, StringComparison.Ordinal);
        Assert.Contains("H34-261126-0001", text, StringComparison.Ordinal);
    }

    private static void AssertRefused(DossierSnapshot snapshot)
    {
        var ex = Assert.Throws<InvalidSnapshotException>(() => Dossier.Restore(snapshot));
        Assert.Equal("dossier.invalid-snapshot", ex.Code);
        Assert.Equal("H34-261126-0001", ex.EntityId);
        Assert.DoesNotContain(DossierFixtures.ApplicantName, ex.ToString(), StringComparison.Ordinal);
    }
}
