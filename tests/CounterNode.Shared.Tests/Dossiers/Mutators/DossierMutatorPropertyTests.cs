using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Errors;
using CsCheck;
using static CounterNode.Shared.Dossiers.Mutators.DossierMutationTypes;

namespace CounterNode.Shared.Tests.Dossiers.Mutators;

public sealed class DossierMutatorPropertyTests
{
    private const string Code = DossierMutatorFixtures.Code;

    // (type, from hub?) steps a random officer might try, valid or not.
    private static readonly (string Type, bool FromHub)[] Steps =
    [
        (Transfer, false), (StartProcessing, true), (StartProcessing, false), (RequestSupplement, true), (RequestSupplement, false),
        (Supplemented, false), (ResultReady, true), (ReportDelay, true), (Return, false), (Refuse, false), (Refuse, true),
    ];

    private static object Payload(string type, int salt) => type switch
    {
        Transfer => new TransferDossierPayload(Code, "batch-" + salt),
        RequestSupplement => new RequestSupplementPayload(Code, ["Giấy tờ " + salt]),
        ReportDelay => new ReportDelayPayload(Code, "Lý do " + salt, new DateOnly(2026, 12, 10).AddDays(salt % 20)),
        Return => new ReturnDossierPayload(Code, 1, "Người nhận " + salt, salt % 2 == 0, salt % 4 == 0 ? null : "Ủy quyền " + salt),
        Refuse => new RefuseDossierPayload(Code, salt % 3 == 0 ? [] : ["Lý do " + salt]),
        _ => new DossierCodePayload(Code),
    };

    [Fact]
    public void Any_sequence_of_steps_keeps_the_rules_and_a_refused_step_changes_nothing()
    {
        Gen.Select(Gen.Int[0, Steps.Length - 1], Gen.Int[0, 40]).Array[1, 25].Sample(sequence =>
        {
            var f = new DossierMutatorFixtures();
            f.Apply(Receive, DossierMutatorFixtures.Receipt());
            var supplements = 0;
            foreach (var (index, salt) in sequence)
            {
                var (type, fromHub) = Steps[index];
                var before = f.Raw();
                var stateBefore = f.Dossier().State;
                try
                {
                    if (fromHub)
                        f.Hub(type, Payload(type, salt));
                    else
                        f.Apply(type, Payload(type, salt));
                    if (type == RequestSupplement)
                        supplements++;
                    if (type == Return)
                        Assert.Equal(DossierState.ResultReady, stateBefore);
                }
                catch (DomainException)
                {
                    Assert.Equal(before, f.Raw());
                }

                var stored = f.Dossier();
                Assert.True(supplements <= 1);
                Assert.True(stored.ReturnDate >= stored.OriginalReturnDate);
                Assert.Equal(stored.State, stored.ToDossier().State);
                Assert.Equal(stored.ToStatus(), f.Status());
            }
        }, iter: 150);
    }

    [Fact]
    public void The_same_mutations_give_the_same_bytes_on_two_replicas()
    {
        Gen.Int[0, Steps.Length - 1].Array[1, 15].Sample(sequence =>
        {
            var payload = DossierMutatorFixtures.Receipt();
            var a = new DossierMutatorFixtures();
            var b = new DossierMutatorFixtures();
            foreach (var f in new[] { a, b })
            {
                f.Apply(Receive, payload);
                for (var i = 0; i < sequence.Length; i++)
                {
                    var (type, fromHub) = Steps[sequence[i]];
                    try
                    {
                        if (fromHub)
                            f.Hub(type, Payload(type, i));
                        else
                            f.Apply(type, Payload(type, i));
                    }
                    catch (DomainException)
                    {
                        // Refusals are part of the sequence; both replicas refuse the same steps.
                    }
                }
            }

            Assert.Equal(a.Raw(), b.Raw());
        }, iter: 60);
    }
}
