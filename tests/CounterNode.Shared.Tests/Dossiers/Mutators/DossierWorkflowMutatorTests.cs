using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;
using static CounterNode.Shared.Dossiers.Mutators.DossierMutationTypes;

namespace CounterNode.Shared.Tests.Dossiers.Mutators;

public sealed class DossierWorkflowMutatorTests
{
    private const string Code = DossierMutatorFixtures.Code;

    [Fact]
    public void A_dossier_goes_from_reception_through_one_supplement_to_return()
    {
        var f = new DossierMutatorFixtures();
        f.Apply(Receive, DossierMutatorFixtures.Receipt());
        f.Apply(Transfer, new TransferDossierPayload(Code, "paper-261126-1030"));
        Assert.Equal((DossierState.TransferredToDepartment, "paper-261126-1030", "STP"), (f.Dossier().State, f.Dossier().TransferBatch, f.Dossier().TransferredTo));

        f.Hub(StartProcessing, new DossierCodePayload(Code));
        f.Hub(RequestSupplement, new RequestSupplementPayload(Code, [" Bản sao giấy khai sinh "], "Thiếu giấy tờ"));
        var requested = f.Dossier();
        Assert.Equal(DossierState.SupplementRequested, requested.State);
        Assert.Equal(["Bản sao giấy khai sinh"], requested.Supplement!.MissingItems);
        Assert.Equal("stp-officer", requested.Supplement.OfficerId);

        f.Apply(Supplemented, new DossierCodePayload(Code));
        f.Hub(StartProcessing, new DossierCodePayload(Code));
        f.Hub(ResultReady, new DossierCodePayload(Code));
        Assert.Equal(DossierState.ResultReady, f.Status().State);

        f.Apply(Return, new ReturnDossierPayload(Code, 1, DossierMutatorFixtures.CollectorName, ByProxy: true, "Giấy ủy quyền số 12/UQ"));
        var returned = f.Dossier();
        Assert.Equal(DossierState.Returned, returned.State);
        Assert.Equal((DossierMutatorFixtures.CollectorName, true, "Giấy ủy quyền số 12/UQ", 1),
            (returned.Collection!.CollectorName, returned.Collection.ByProxy, returned.Collection.AuthorisationNote, returned.Collection.Counter));
        Assert.Equal(7, returned.History.Count); // reception is not a transition
        Assert.Equal(DossierState.Returned, f.Status().State);
        // The whole stored history replays under the rules.
        Assert.Equal(DossierState.Returned, returned.ToDossier().State);
    }

    [Theory]
    [InlineData(StartProcessing)]
    [InlineData(RequestSupplement)]
    [InlineData(ResultReady)]
    [InlineData(ReportDelay)]
    public void Department_steps_are_accepted_only_from_the_hub(string type)
    {
        var f = new DossierMutatorFixtures();
        f.Apply(Receive, DossierMutatorFixtures.Receipt());
        f.Apply(Transfer, new TransferDossierPayload(Code, "b"));
        var before = f.Raw();
        object payload = type switch
        {
            RequestSupplement => new RequestSupplementPayload(Code, ["Tờ khai"]),
            ReportDelay => new ReportDelayPayload(Code, "Chờ xác minh", new DateOnly(2026, 12, 20)),
            _ => new DossierCodePayload(Code),
        };
        var ex = Assert.Throws<DossierHubOnlyException>(() => f.Apply(type, payload, node: "counter-01"));
        Assert.Equal(("dossier.hub-only", "counter-01"), (ex.Code, ex.NodeId));
        Assert.Equal(before, f.Raw());
    }

    [Fact]
    public void A_second_supplement_request_is_refused_even_after_the_first_was_answered()
    {
        var f = new DossierMutatorFixtures();
        f.ToProcessing();
        f.Hub(RequestSupplement, new RequestSupplementPayload(Code, ["Tờ khai có chữ ký"]));
        f.Apply(Supplemented, new DossierCodePayload(Code));
        f.Hub(StartProcessing, new DossierCodePayload(Code));
        var before = f.Raw();

        var ex = Assert.Throws<SupplementAlreadyRequestedException>(() =>
            f.Hub(RequestSupplement, new RequestSupplementPayload(Code, ["Ảnh 4x6"])));
        Assert.Equal("dossier.supplement-already-requested", ex.Code);
        Assert.Equal(before, f.Raw());
    }

    [Fact]
    public void A_supplement_request_must_list_what_is_missing()
    {
        var f = new DossierMutatorFixtures();
        f.ToProcessing();
        var before = f.Raw();
        Assert.Throws<MissingItemsRequiredException>(() => f.Hub(RequestSupplement, new RequestSupplementPayload(Code, [])));
        Assert.Throws<MissingItemsRequiredException>(() => f.Hub(RequestSupplement, new RequestSupplementPayload(Code, ["Tờ khai", " "])));
        Assert.Equal(before, f.Raw());
    }

    [Fact]
    public void A_delay_needs_a_reason_and_a_later_date_and_moves_the_return_date()
    {
        var f = new DossierMutatorFixtures();
        f.ToProcessing();
        var before = f.Raw();
        Assert.Throws<ReasonRequiredException>(() => f.Hub(ReportDelay, new ReportDelayPayload(Code, " ", new DateOnly(2026, 12, 20))));
        var notLater = Assert.Throws<ReturnDateNotLaterException>(() => f.Hub(ReportDelay, new ReportDelayPayload(Code, "Chờ xác minh", new DateOnly(2026, 12, 10))));
        Assert.Equal(new DateOnly(2026, 12, 10), notLater.CurrentReturnDate);
        Assert.Equal(before, f.Raw());

        f.Hub(ReportDelay, new ReportDelayPayload(Code, "Chờ xác minh của công an", new DateOnly(2026, 12, 17)));
        f.Hub(ReportDelay, new ReportDelayPayload(Code, "Chờ thêm kết quả xác minh", new DateOnly(2026, 12, 24)));
        var delayed = f.Dossier();
        Assert.Equal((new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 10), 2), (delayed.ReturnDate, delayed.OriginalReturnDate, delayed.Delays.Count));
        Assert.Equal(new DateOnly(2026, 12, 17), delayed.Delays[1].PreviousReturnDate);
        Assert.Equal((true, new DateOnly(2026, 12, 24)), (f.Status().IsLate, f.Status().ReturnDate));
        Assert.Throws<ReturnDateNotLaterException>(() => f.Hub(ReportDelay, new ReportDelayPayload(Code, "Lý do", new DateOnly(2026, 12, 20))));

        f.Hub(ResultReady, new DossierCodePayload(Code));
        Assert.Throws<IllegalTransitionException>(() => f.Hub(ReportDelay, new ReportDelayPayload(Code, "Quá muộn", new DateOnly(2027, 1, 5))));
    }

    [Fact]
    public void A_return_records_the_collector_once_and_a_proxy_needs_authorisation()
    {
        var f = new DossierMutatorFixtures();
        f.ToProcessing();
        Assert.Throws<IllegalTransitionException>(() => f.Apply(Return, new ReturnDossierPayload(Code, 1, "Người nhận", false)));
        f.Hub(ResultReady, new DossierCodePayload(Code));
        var ready = f.Raw();

        Assert.Throws<CollectorRequiredException>(() => f.Apply(Return, new ReturnDossierPayload(Code, 1, " ", false)));
        Assert.Throws<ProxyAuthorisationRequiredException>(() => f.Apply(Return, new ReturnDossierPayload(Code, 1, "Người nhận thay", true, " ")));
        Assert.Throws<InvalidMutationPayloadException>(() => f.Apply(Return, new ReturnDossierPayload(Code, 0, "Người nhận", false)));
        Assert.Equal(ready, f.Raw());

        f.Apply(Return, new ReturnDossierPayload(Code, 1, DossierMutatorFixtures.ApplicantName, false));
        var returned = f.Raw();
        var again = Assert.Throws<DossierAlreadyReturnedException>(() => f.Apply(Return, new ReturnDossierPayload(Code, 2, "Người khác", false), node: "counter-02"));
        Assert.Equal("dossier.already-returned", again.Code);
        Assert.DoesNotContain(DossierMutatorFixtures.ApplicantName, again.Message + again.DisplayMessage, StringComparison.Ordinal);
        Assert.Equal(returned, f.Raw());
    }

    [Fact]
    public void A_refusal_needs_written_reasons_and_keeps_them_one_by_one()
    {
        var f = new DossierMutatorFixtures();
        f.Apply(Receive, DossierMutatorFixtures.Receipt());
        var before = f.Raw();
        Assert.Throws<ReasonRequiredException>(() => f.Apply(Refuse, new RefuseDossierPayload(Code, [])));
        Assert.Throws<ReasonRequiredException>(() => f.Apply(Refuse, new RefuseDossierPayload(Code, [" ", ""])));
        Assert.Equal(before, f.Raw());

        f.Apply(Refuse, new RefuseDossierPayload(Code, ["Không thuộc thẩm quyền", " Thiếu tờ khai "], "Liên hệ UBND cấp huyện"));
        var refused = f.Dossier();
        Assert.Equal(DossierState.Refused, refused.State);
        Assert.Equal(["Không thuộc thẩm quyền", "Thiếu tờ khai"], refused.RefusalReasons);
        Assert.Equal("Liên hệ UBND cấp huyện", refused.RefusalGuidance);
        Assert.Equal("Không thuộc thẩm quyền; Thiếu tờ khai", refused.Refusal!.Reason);
        Assert.Equal(DossierState.Refused, refused.ToDossier().State);
        Assert.Throws<IllegalTransitionException>(() => f.Apply(Transfer, new TransferDossierPayload(Code, "b")));
    }

    [Fact]
    public void A_transferred_dossier_cannot_be_refused_at_the_counter_but_the_department_may_refuse_it_while_processing()
    {
        var f = new DossierMutatorFixtures();
        f.Apply(Receive, DossierMutatorFixtures.Receipt());
        f.Apply(Transfer, new TransferDossierPayload(Code, "b"));
        Assert.Throws<IllegalTransitionException>(() => f.Apply(Refuse, new RefuseDossierPayload(Code, ["Lý do"])));
        f.Hub(StartProcessing, new DossierCodePayload(Code));
        f.Hub(Refuse, new RefuseDossierPayload(Code, ["Không đủ điều kiện"]));
        Assert.Equal(DossierState.Refused, f.Status().State);
    }

    [Fact]
    public void Unknown_dossiers_bad_batches_and_missing_officers_are_refused()
    {
        var f = new DossierMutatorFixtures();
        var missing = Assert.Throws<DossierNotFoundException>(() => f.Apply(Transfer, new TransferDossierPayload(Code, "b")));
        Assert.Equal("dossier.not-found", missing.Code);
        Assert.Throws<DossierCodeFormatException>(() => f.Apply(Return, new ReturnDossierPayload("H34 261126 0001", 1, "A", false)));

        f.Apply(Receive, DossierMutatorFixtures.Receipt());
        var before = f.Raw();
        Assert.Throws<InvalidMutationPayloadException>(() => f.Apply(Transfer, new TransferDossierPayload(Code, " ")));
        Assert.Throws<InvalidMutationPayloadException>(() => f.Apply(Transfer, new TransferDossierPayload(Code, new string('b', 65))));
        Assert.Throws<DossierOfficerRequiredException>(() => f.Apply(Transfer, new TransferDossierPayload(Code, "b"), officer: " "));
        Assert.Throws<InvalidMutationPayloadException>(() => f.Apply(Transfer, new { code = Code }));
        Assert.Equal(before, f.Raw());
    }

    [Fact]
    public void Every_dossier_type_is_registered()
    {
        foreach (var type in All)
            Assert.True(MutatorRegistry.Default.Handles(type), type);
        Assert.All(HubOnly, t => Assert.Contains(t, All));
    }
}
