using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Errors;
using CsCheck;

namespace CounterNode.Shared.Tests.Dossiers;

public class DossierTests
{
    private static readonly DateTimeOffset T0 = DossierFixtures.ReceivedAt;

    [Fact]
    public void The_full_path_with_a_supplement_round_records_officer_and_time_at_each_step()
    {
        var dossier = DossierFixtures.NewDossier();
        Assert.Equal(DossierState.Received, dossier.State);
        Assert.Equal("officer-1", dossier.ReceivedBy);
        Assert.Equal(1, dossier.ReceivedAtCounter);

        dossier.TransferToDepartment("officer-1", "STP", T0.AddHours(1));
        dossier.StartProcessing("officer-stp", T0.AddHours(2));
        dossier.RequestSupplement("officer-stp", [" Bản sao CCCD ", "Tờ khai có chữ ký"], "Thiếu giấy tờ tùy thân", T0.AddDays(1));
        dossier.ReceiveSupplement("officer-1", T0.AddDays(2));
        dossier.StartProcessing("officer-stp", T0.AddDays(2).AddHours(1));
        dossier.MarkResultReady("officer-stp", T0.AddDays(5));
        dossier.Return("officer-1", 1, DossierFixtures.ApplicantName, false, null, T0.AddDays(6));

        Assert.Equal(DossierState.Returned, dossier.State);
        Assert.Equal("STP", dossier.Department);
        Assert.Equal(["Bản sao CCCD", "Tờ khai có chữ ký"], dossier.SupplementRequest!.MissingItems);
        Assert.Equal("Thiếu giấy tờ tùy thân", dossier.SupplementRequest.Reason);
        Assert.Equal(T0.AddDays(1), dossier.SupplementRequest.At);
        Assert.Equal(DossierFixtures.ApplicantName, dossier.Collection!.CollectorName);
        Assert.False(dossier.Collection.ByProxy);
        Assert.Equal(
            [
                new DossierTransition(DossierAction.TransferToDepartment, DossierState.Received, DossierState.TransferredToDepartment, "officer-1", T0.AddHours(1)),
                new DossierTransition(DossierAction.StartProcessing, DossierState.TransferredToDepartment, DossierState.Processing, "officer-stp", T0.AddHours(2)),
                new DossierTransition(DossierAction.RequestSupplement, DossierState.Processing, DossierState.SupplementRequested, "officer-stp", T0.AddDays(1)),
                new DossierTransition(DossierAction.ReceiveSupplement, DossierState.SupplementRequested, DossierState.Supplemented, "officer-1", T0.AddDays(2)),
                new DossierTransition(DossierAction.StartProcessing, DossierState.Supplemented, DossierState.Processing, "officer-stp", T0.AddDays(2).AddHours(1)),
                new DossierTransition(DossierAction.MarkResultReady, DossierState.Processing, DossierState.ResultReady, "officer-stp", T0.AddDays(5)),
                new DossierTransition(DossierAction.Return, DossierState.ResultReady, DossierState.Returned, "officer-1", T0.AddDays(6)),
            ],
            dossier.History);
    }

    [Theory]
    [InlineData(DossierState.SupplementRequested)]
    [InlineData(DossierState.Supplemented)]
    [InlineData(DossierState.Processing)]
    public void A_second_supplement_request_is_refused_even_after_the_first_was_answered(DossierState state)
    {
        var dossier = DossierFixtures.InState(state, viaSupplement: true);
        var first = dossier.SupplementRequest!;
        var history = dossier.History.Count;

        var ex = Assert.Throws<SupplementAlreadyRequestedException>(
            () => dossier.RequestSupplement("officer-9", ["Giấy xác nhận cư trú"], null, T0.AddDays(9)));

        Assert.Equal("H34-261126-0001", ex.DossierCode);
        Assert.Equal(first.At, ex.FirstRequestedAt);
        Assert.Contains("only once", ex.Message, StringComparison.Ordinal);
        Assert.Contains("chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần", ex.DisplayMessage, StringComparison.Ordinal);
        Assert.Same(first, dossier.SupplementRequest);
        Assert.Equal(state, dossier.State);
        Assert.Equal(history, dossier.History.Count);
    }

    public static TheoryData<string[]?> MissingItemLists => new()
    {
        null,
        Array.Empty<string>(),
        new[] { "  " },
        new[] { "Bản sao CCCD", "" },
    };

    [Theory]
    [MemberData(nameof(MissingItemLists))]
    public void A_supplement_request_needs_the_exact_list_of_missing_items(string[]? items)
    {
        var dossier = DossierFixtures.InState(DossierState.Processing);
        var ex = Assert.Throws<MissingItemsRequiredException>(() => dossier.RequestSupplement("o", items!, "lý do", T0));
        Assert.Equal("dossier.missing-items-required", ex.Code);
        Assert.Null(dossier.SupplementRequest);
        Assert.Equal(DossierState.Processing, dossier.State);

        // The failed attempt did not use up the one allowed request.
        dossier.RequestSupplement("o", ["Bản sao CCCD"], null, T0.AddHours(1));
        Assert.Equal(DossierState.SupplementRequested, dossier.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    public void Refusal_without_a_written_reason_is_refused(string? reason)
    {
        foreach (var state in new[] { DossierState.Received, DossierState.Processing })
        {
            var dossier = DossierFixtures.InState(state);
            var ex = Assert.Throws<ReasonRequiredException>(() => dossier.Refuse("o", reason!, T0));
            Assert.Equal(DossierAction.Refuse, ex.AttemptedAction);
            Assert.Equal("dossier.reason-required", ex.Code);
            Assert.Contains("written reason", ex.Message, StringComparison.Ordinal);
            Assert.Contains("phải ghi rõ lý do", ex.DisplayMessage, StringComparison.Ordinal);
            Assert.Equal(state, dossier.State);
            Assert.Null(dossier.Refusal);
        }
    }

    [Fact]
    public void Refusal_records_the_reason_officer_and_time()
    {
        var dossier = DossierFixtures.InState(DossierState.Processing);
        dossier.Refuse("officer-stp", "  Không thuộc thẩm quyền giải quyết.  ", T0.AddDays(2));
        Assert.Equal(new Refusal("Không thuộc thẩm quyền giải quyết.", "officer-stp", T0.AddDays(2)), dossier.Refusal);
        Assert.Equal(DossierState.Refused, dossier.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_delay_without_a_written_reason_is_refused(string? reason)
    {
        var dossier = DossierFixtures.InState(DossierState.Processing);
        var ex = Assert.Throws<ReasonRequiredException>(() => dossier.ReportDelay("o", reason!, dossier.ReturnDate.AddDays(3), T0));
        Assert.Equal(DossierAction.ReportDelay, ex.AttemptedAction);
        Assert.Empty(dossier.Delays);
        Assert.False(dossier.IsLate);
        Assert.Equal(DossierFixtures.ReturnDate, dossier.ReturnDate);
    }

    [Fact]
    public void Delays_may_repeat_and_each_moves_the_return_date_later()
    {
        var dossier = DossierFixtures.InState(DossierState.Processing);
        var first = DossierFixtures.ReturnDate.AddDays(5);
        var second = first.AddDays(7);

        dossier.ReportDelay("officer-stp", "Chờ ý kiến cơ quan phối hợp.", first, T0.AddDays(10));
        dossier.ReportDelay("officer-stp", "Chờ kết quả xác minh thực địa.", second, T0.AddDays(14));

        Assert.True(dossier.IsLate);
        Assert.Equal(second, dossier.ReturnDate);
        Assert.Equal(DossierFixtures.ReturnDate, dossier.OriginalReturnDate);
        Assert.Equal(
            [
                new DelayReport("Chờ ý kiến cơ quan phối hợp.", DossierFixtures.ReturnDate, first, "officer-stp", T0.AddDays(10)),
                new DelayReport("Chờ kết quả xác minh thực địa.", first, second, "officer-stp", T0.AddDays(14)),
            ],
            dossier.Delays);
        Assert.Equal(DossierState.Processing, dossier.State);
        Assert.All(dossier.History.TakeLast(2), t => Assert.Equal(DossierAction.ReportDelay, t.Action));

        var ex = Assert.Throws<ReturnDateNotLaterException>(() => dossier.ReportDelay("o", "Lý do", second, T0.AddDays(15)));
        Assert.Equal(second, ex.CurrentReturnDate);
        Assert.Equal(2, dossier.Delays.Count);
    }

    [Fact]
    public void A_proxy_return_without_authorisation_is_refused()
    {
        foreach (var note in new[] { null, "", "  " })
        {
            var dossier = DossierFixtures.InState(DossierState.ResultReady);
            var ex = Assert.Throws<ProxyAuthorisationRequiredException>(() => dossier.Return("o", 1, "Trần Văn Bình", true, note, T0));
            Assert.Equal("dossier.proxy-authorisation-required", ex.Code);
            Assert.Contains("giấy ủy quyền", ex.DisplayMessage, StringComparison.Ordinal);
            Assert.Equal(DossierState.ResultReady, dossier.State);
            Assert.Null(dossier.Collection);
        }
    }

    [Fact]
    public void A_proxy_return_records_who_collected_and_the_authorisation()
    {
        var dossier = DossierFixtures.InState(DossierState.ResultReady);
        dossier.Return("officer-1", 2, "Trần Văn Bình", true, "Giấy ủy quyền số 12/UQ", T0.AddDays(7));
        Assert.Equal(new ResultCollection("Trần Văn Bình", true, "Giấy ủy quyền số 12/UQ", "officer-1", 2, T0.AddDays(7)), dossier.Collection);
        Assert.Equal(DossierState.Returned, dossier.State);
    }

    [Fact]
    public void A_return_needs_the_collector_name()
    {
        var dossier = DossierFixtures.InState(DossierState.ResultReady);
        Assert.Throws<CollectorRequiredException>(() => dossier.Return("o", 1, " ", false, null, T0));
        Assert.Equal(DossierState.ResultReady, dossier.State);
    }

    [Fact]
    public void Illegal_state_is_reported_before_missing_input()
    {
        // An officer refusing a returned dossier without a reason needs to hear about the state.
        var dossier = DossierFixtures.InState(DossierState.Returned);
        Assert.Throws<IllegalTransitionException>(() => dossier.Refuse("o", "", T0));
        Assert.Throws<IllegalTransitionException>(() => dossier.ReportDelay("o", "", dossier.ReturnDate, T0));
    }

    [Fact]
    public void Personal_data_never_appears_in_ToString_or_exception_messages()
    {
        var texts = new List<string>();
        foreach (var state in Enum.GetValues<DossierState>())
        {
            var dossier = DossierFixtures.InState(state);
            texts.Add(dossier.ToString());
            texts.Add(dossier.Applicant.ToString());
            if (dossier.Collection is { } collection)
                texts.Add(collection.ToString());
            foreach (var action in Enum.GetValues<DossierAction>())
            {
                try
                {
                    DossierFixtures.Do(DossierFixtures.InState(state), action, T0.AddDays(1));
                }
                catch (DomainException ex)
                {
                    texts.Add(ex.Message);
                    texts.Add(ex.DisplayMessage);
                    texts.Add(ex.ToString());
                }
            }
        }

        var proxy = DossierFixtures.InState(DossierState.ResultReady);
        proxy.Return("o", 1, "Trần Văn Bình", true, "Ủy quyền của Nguyễn Thị Hoa", T0);
        texts.Add(proxy.Collection!.ToString());

        Assert.Contains("Dossier H34-261126-0001 Received", texts);
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain(DossierFixtures.ApplicantName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(DossierFixtures.ApplicantPhone, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Trần Phú", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hoa@example.vn", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Trần Văn Bình", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_applicant_keeps_the_data_but_hides_it_from_ToString()
    {
        var applicant = new Applicant("  Lê Văn Nam ", " ", null, "nam@example.vn");
        Assert.Equal("Lê Văn Nam", applicant.FullName);
        Assert.Null(applicant.Phone);
        Assert.Equal("nam@example.vn", applicant.Email);
        Assert.DoesNotContain("Nam", applicant.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Applicant(" "));
    }

    [Fact]
    public void Reception_refuses_incomplete_input()
    {
        var applicant = new Applicant("Lê Văn Nam");
        var code = DossierFixtures.Code;
        Assert.Throws<ArgumentException>(() => Dossier.Receive(Guid.Empty, code, "STP-01", applicant, DossierFixtures.ReturnDate, "o", 1, T0));
        Assert.Throws<ArgumentException>(() => Dossier.Receive(Guid.CreateVersion7(), default, "STP-01", applicant, DossierFixtures.ReturnDate, "o", 1, T0));
        Assert.Throws<ArgumentException>(() => Dossier.Receive(Guid.CreateVersion7(), code, " ", applicant, DossierFixtures.ReturnDate, "o", 1, T0));
        Assert.Throws<ArgumentException>(() => Dossier.Receive(Guid.CreateVersion7(), code, "STP-01", applicant, DossierFixtures.ReturnDate, "", 1, T0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dossier.Receive(Guid.CreateVersion7(), code, "STP-01", applicant, DossierFixtures.ReturnDate, "o", 0, T0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dossier.Receive(Guid.CreateVersion7(), code, "STP-01", applicant, code.Date.AddDays(-1), "o", 1, T0));
    }

    [Fact]
    public void Random_action_sequences_never_allow_two_supplement_requests_and_keep_history_consistent()
    {
        Gen.Enum<DossierAction>().Array[1, 40].Sample(actions =>
        {
            var dossier = DossierFixtures.NewDossier();
            var at = T0;
            foreach (var action in actions)
            {
                at = at.AddHours(1);
                var before = dossier.State;
                var count = dossier.History.Count;
                try
                {
                    DossierFixtures.Do(dossier, action, at);
                    Assert.Equal(DossierStateMachine.Transitions[(before, action)], dossier.State);
                    Assert.Equal(count + 1, dossier.History.Count);
                }
                catch (DomainException)
                {
                    Assert.Equal(before, dossier.State);
                    Assert.Equal(count, dossier.History.Count);
                }
            }

            Assert.True(dossier.History.Count(t => t.Action == DossierAction.RequestSupplement) <= 1);
            var state = DossierState.Received;
            foreach (var entry in dossier.History)
            {
                Assert.Equal(state, entry.From);
                Assert.True(DossierStateMachine.Transitions.ContainsKey((entry.From, entry.Action)));
                state = entry.To;
            }

            Assert.Equal(dossier.State, state);
            Assert.Equal(dossier.Delays.Count, dossier.History.Count(t => t.Action == DossierAction.ReportDelay));
        });
    }
}
