using System.Globalization;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Departments;
using CounterNode.Hub.Dossiers;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Dossiers;

/// <summary>
/// A real Hub database (SQLite file), engine and <see cref="HubMutationIssuer"/> on a fake clock,
/// with counter-01 pushing dossier receptions over the engine exactly as over HTTP.
/// </summary>
public sealed class HubDossierBed : IAsyncDisposable
{
    public const string Agency = "000.00.00.H34";
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly OutboxBuilder _counter1;
    private int _sequence;

    private HubDossierBed(TestDatabase db, FakeTimeProvider time)
    {
        Db = db;
        Time = time;
        Engine = db.CreateEngine(time, pokes: Pokes);
        Issuer = new HubMutationIssuer(Engine, db.Contexts, time);
        Reader = new DossierReader(db.Contexts, NullLogger<DossierReader>.Instance);
        Plans = new TransferPlanSource(Reader, WorkingCalendar.Default, NullLogger<TransferPlanSource>.Instance);
        Transferrer = new DossierTransferrer(Reader, Plans, Issuer, Options.Create(Settings), NullLogger<DossierTransferrer>.Instance);
        Departments = new DepartmentDossierService(Reader, Issuer, WorkingCalendar.Default, time);
        _counter1 = new OutboxBuilder(TestNodes.Counter1, time);
    }

    public TestDatabase Db { get; }

    public FakeTimeProvider Time { get; }

    public RecordingPokeSender Pokes { get; } = new();

    public HubSyncEngine Engine { get; }

    public HubMutationIssuer Issuer { get; }

    public DossierReader Reader { get; }

    public TransferPlanSource Plans { get; }

    public DossierTransferrer Transferrer { get; }

    public DepartmentDossierService Departments { get; }

    public DossierHubOptions Settings { get; } = new() { ElectronicPollInterval = TimeSpan.FromMilliseconds(50) };

    /// <summary>A bed whose clock starts at <paramref name="localNow"/> (center-local).</summary>
    public static async Task<HubDossierBed> CreateAsync(DateTime localNow, DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        new(await TestDatabase.CreateAsync(provider), new FakeTimeProvider(new DateTimeOffset(localNow, Vietnam)));

    /// <summary>Pushes a <c>dossier.receive</c> from counter-01 and returns the dossier code.</summary>
    public async Task<string> ReceiveAsync(
        DateTimeOffset receivedAt,
        string department = "STP",
        bool electronic = false,
        int processingDays = 10,
        string applicant = "Trần Thị Lan")
    {
        var local = receivedAt.ToOffset(Vietnam);
        var code = string.Create(CultureInfo.InvariantCulture, $"{Agency}-{local:yyMMdd}-{++_sequence:0000}");
        var returnAt = new ReturnDateCalculator(WorkingCalendar.Default).Calculate(local, processingDays);
        var payload = new ReceiveDossierPayload(
            Guid.CreateVersion7(), code, "STP-01", "Cấp Phiếu lý lịch tư pháp", department, processingDays,
            new DossierApplicant(applicant, "12 Lê Lợi, Kon Tum", "0905000111", null, false, null),
            [new ReceivedDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chính", 1)], 1, ResultDelivery.Counter, 200_000, 1,
            local, returnAt.ReturnInstant, [.. returnAt.Explanation.Steps.Select(s => s.Vietnamese)], electronic);
        var response = await Engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), _counter1.Push(_counter1.Add(DossierMutationTypes.Receive, payload)), default);
        var outcome = Assert.Single(response.Outcomes);
        Assert.True(outcome.Status == MutationStatus.Applied, $"receive refused: {outcome.ReasonCode} {outcome.Reason}");
        return code;
    }

    /// <summary>Hands a dossier to its department as the transfer desk would.</summary>
    public Task TransferAsync(string code, string batch = "P-20261127-1030-STP") =>
        Issuer.IssueAsync(DossierMutationTypes.Transfer, new TransferDossierPayload(code, batch), "hub-transfer", default);

    /// <summary>The stored dossier.</summary>
    public async Task<DossierEntity> GetAsync(string code) => await Reader.FindAsync(code, default) ?? throw new InvalidOperationException($"{code} not stored");

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
