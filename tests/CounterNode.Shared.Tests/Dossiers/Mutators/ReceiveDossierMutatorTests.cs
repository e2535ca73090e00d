using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Tests.Dossiers.Mutators;

public sealed class ReceiveDossierMutatorTests
{
    [Fact]
    public void A_received_dossier_is_stored_in_its_departments_scope_with_a_public_status_without_names()
    {
        var f = new DossierMutatorFixtures();
        f.Apply(DossierMutationTypes.Receive, DossierMutatorFixtures.Receipt());

        var stored = f.Session.Get(DossierEntityTypes.Dossier, DossierMutatorFixtures.Code)!;
        var status = f.Session.Get(DossierEntityTypes.Status, DossierMutatorFixtures.Code)!;
        Assert.Equal(SyncScope.Department("STP"), stored.Scope);
        Assert.Equal(SyncScope.Department("STP"), status.Scope);
        Assert.NotEqual(SyncScope.Center, stored.Scope);

        var dossier = f.Dossier();
        Assert.Equal((DossierState.Received, "STP", "cb01", 1, "counter-01"),
            (dossier.State, dossier.Department, dossier.ReceivedBy, dossier.Counter, dossier.Reception.ReceivedByNode));
        Assert.Equal(new DateOnly(2026, 12, 10), dossier.ReturnDate);
        Assert.Equal(DossierMutatorFixtures.ApplicantName, dossier.Applicant.FullName);
        Assert.Equal(200_000, dossier.Reception.FeeVnd);

        Assert.Equal(new DossierStatusEntity(DossierMutatorFixtures.Code, DossierState.Received, new DateOnly(2026, 12, 10), "STP", false), f.Status());
        Assert.DoesNotContain("Hương", status.Data.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("0905123456", status.Data.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stored_dossier_restores_through_the_domain_rules()
    {
        var f = new DossierMutatorFixtures();
        f.Apply(DossierMutationTypes.Receive, DossierMutatorFixtures.Receipt());
        var restored = f.Dossier().ToDossier();
        Assert.Equal((DossierMutatorFixtures.Code, DossierState.Received, "STP-01"), (restored.Code.Format(), restored.State, restored.ProcedureCode));
    }

    public static TheoryData<string, ReceiveDossierPayload> InvalidReceipts()
    {
        var ok = DossierMutatorFixtures.Receipt();
        return new TheoryData<string, ReceiveDossierPayload>
        {
            { "no id", ok with { DossierId = Guid.Empty } },
            { "no procedure", ok with { ProcedureCode = " " } },
            { "no procedure name", ok with { ProcedureName = "" } },
            { "bad department", ok with { Department = "S TP" } },
            { "negative days", ok with { ProcessingDays = -1 } },
            { "no name", ok with { Applicant = ok.Applicant with { FullName = " " } } },
            { "no address", ok with { Applicant = ok.Applicant with { Address = "" } } },
            { "no documents", ok with { Documents = [] } },
            { "zero quantity", ok with { Documents = [new ReceivedDocument("Tờ khai", "Bản chính", 0)] } },
            { "zero sets", ok with { Sets = 0 } },
            { "too many sets", ok with { Sets = 100 } },
            { "negative fee", ok with { FeeVnd = -1 } },
            { "no counter", ok with { Counter = 0 } },
            { "code of another day", ok with { ReceivedAt = ok.ReceivedAt.AddDays(1), ReturnAt = ok.ReturnAt.AddDays(1) } },
            { "return before reception", ok with { ReturnAt = ok.ReceivedAt.AddHours(-1) } },
            { "no explanation", ok with { ReturnExplanation = [] } },
            { "blank explanation line", ok with { ReturnExplanation = ["Nhận hồ sơ", " "] } },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidReceipts))]
    public void A_malformed_receipt_is_refused_and_nothing_is_stored(string why, ReceiveDossierPayload payload)
    {
        var f = new DossierMutatorFixtures();
        Assert.Throws<InvalidMutationPayloadException>(() => f.Apply(DossierMutationTypes.Receive, payload));
        Assert.True(f.Raw() == "-|-", why);
    }

    [Theory]
    [InlineData("H34-261126-001")]
    [InlineData("h34-261126-0001")]
    [InlineData("H34-261126-0000")]
    [InlineData("")]
    public void A_malformed_code_is_refused_with_its_typed_reason(string code)
    {
        var f = new DossierMutatorFixtures();
        var ex = Assert.Throws<DossierCodeFormatException>(() => f.Apply(DossierMutationTypes.Receive, DossierMutatorFixtures.Receipt(code)));
        Assert.StartsWith("dossier-code.", ex.Code, StringComparison.Ordinal);
        Assert.Null(f.Session.Get(DossierEntityTypes.Dossier, code.Length == 0 ? "x" : code));
    }

    [Fact]
    public void A_code_is_recorded_once()
    {
        var f = new DossierMutatorFixtures();
        f.Apply(DossierMutationTypes.Receive, DossierMutatorFixtures.Receipt());
        var before = f.Raw();
        var ex = Assert.Throws<DossierAlreadyExistsException>(() => f.Apply(DossierMutationTypes.Receive, DossierMutatorFixtures.Receipt()));
        Assert.Equal("dossier.already-exists", ex.Code);
        Assert.Equal(before, f.Raw());
    }

    [Fact]
    public void A_proxy_filing_needs_its_authorisation_and_keeps_it()
    {
        var f = new DossierMutatorFixtures();
        Assert.Throws<ProxyAuthorisationRequiredException>(() =>
            f.Apply(DossierMutationTypes.Receive, DossierMutatorFixtures.Receipt(byProxy: true, note: "  ")));
        Assert.Equal("-|-", f.Raw());

        f.Apply(DossierMutationTypes.Receive, DossierMutatorFixtures.Receipt(byProxy: true, note: " Giấy ủy quyền số 5/UQ "));
        Assert.Equal((true, "Giấy ủy quyền số 5/UQ"), (f.Dossier().Applicant.ByProxy, f.Dossier().Applicant.AuthorisationNote));
    }

    [Fact]
    public void Reception_needs_a_signed_in_officer()
    {
        var f = new DossierMutatorFixtures();
        var ex = Assert.Throws<DossierOfficerRequiredException>(() =>
            f.Apply(DossierMutationTypes.Receive, DossierMutatorFixtures.Receipt(), officer: null));
        Assert.Equal("dossier.officer-required", ex.Code);
        Assert.Equal("-|-", f.Raw());
    }

    [Fact]
    public void Personal_data_stays_out_of_ToString()
    {
        var f = new DossierMutatorFixtures();
        var payload = DossierMutatorFixtures.Receipt();
        f.Apply(DossierMutationTypes.Receive, payload);
        foreach (var text in new[] { payload.ToString(), payload.Applicant.ToString(), f.Dossier().ToString(), f.Dossier().Applicant.ToString() })
        {
            Assert.DoesNotContain("Hương", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0905123456", text, StringComparison.Ordinal);
        }
    }
}
