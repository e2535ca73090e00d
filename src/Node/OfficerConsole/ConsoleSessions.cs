using System.Collections.Concurrent;
using System.Security.Cryptography;
using CounterNode.Node.Catalogue;
using CounterNode.Node.Queue;
using CounterNode.Shared.Catalogue;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// Signed-in officers of this console, in memory: a restart signs everyone out, which is what
/// a shared counter PC should do anyway. Officers come from the catalogue synced from the Hub;
/// only while the replica has no catalogue yet from <c>Queue:Officers</c>.
/// </summary>
public sealed class ConsoleSessions(
    IOptions<QueueOptions> options,
    TimeProvider time,
    ICatalogue? catalogue = null,
    ILogger<ConsoleSessions>? logger = null)
{
    // A well-formed hash nobody's secret matches: verified for unknown officers so every failure costs the same.
    private const string DummyHash = "pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private readonly ConcurrentDictionary<string, OfficerSession> _sessions = new(StringComparer.Ordinal);
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly Lock _badgeGate = new();
    private volatile OfficerSession? _latest;
    private HeldBadge? _heldBadge;

    /// <summary>How long a badge scanned at the counter's scanner waits for its PIN.</summary>
    public static readonly TimeSpan BadgeHoldTime = TimeSpan.FromMinutes(2);

    /// <summary>The officer who signed in last and is still signed in (scans act on their behalf).</summary>
    public OfficerSession? Latest => _latest is { } s && _sessions.ContainsKey(s.Token) ? s : null;

    /// <summary>
    /// Checks the PIN and opens a session. <paramref name="officerId"/> may also be a scanned badge
    /// (<c>CB:&lt;officerId&gt;:&lt;secret&gt;</c>, e.g. typed by a keyboard-wedge scanner into the id field).
    /// </summary>
    /// <exception cref="SignInFailedException">Unknown officer or wrong PIN.</exception>
    /// <exception cref="BadgeNotRecognisedException">A badge that is malformed, unknown or replaced.</exception>
    public OfficerSession SignIn(string? officerId, string? pin)
    {
        if (string.IsNullOrWhiteSpace(officerId) && TakeHeldBadge() is { } held)
        {
            var session = SignInWithBadge(held, pin);
            lock (_badgeGate)
                _heldBadge = null;
            return session;
        }

        if (OfficerBadge.IsBadge(officerId))
            return SignInWithBadge(officerId, pin);
        var officer = Find(officerId?.Trim());
        var ok = OfficerPin.Verify(pin, officer?.PinHash ?? DummyHash);
        if (officer is null || !ok)
            throw new SignInFailedException();
        return Open(officer);
    }

    /// <summary>Badge sign-in: the badge says who and proves possession; the PIN is still required.</summary>
    /// <exception cref="BadgeNotRecognisedException">Malformed, unknown or replaced badge (logged with the secret masked).</exception>
    /// <exception cref="SignInFailedException">Wrong PIN.</exception>
    public OfficerSession SignInWithBadge(string? badge, string? pin)
    {
        if (!OfficerBadge.TryParse(badge, out var officerId, out var secret))
        {
            NodeCatalogueLog.BadgeRefused(_logger, OfficerBadge.Redact(badge));
            throw new BadgeNotRecognisedException();
        }

        var officer = Find(officerId);
        var badgeOk = CredentialHash.Verify(secret, officer?.BadgeHash ?? DummyHash);
        if (officer?.BadgeHash is null || !badgeOk)
        {
            NodeCatalogueLog.BadgeRefused(_logger, OfficerBadge.Redact(badge));
            throw new BadgeNotRecognisedException();
        }

        if (!OfficerPin.Verify(pin, officer.PinHash))
            throw new SignInFailedException();
        return Open(officer);
    }

    /// <summary>
    /// A badge read by the counter's scanner (which the browser never sees): checked and held for
    /// <see cref="BadgeHoldTime"/>, so a sign-in with a blank officer id and the PIN completes it.
    /// Returns the Vietnamese alert for the console; the scan itself is never logged nor returned.
    /// </summary>
    public string HoldBadge(string scan)
    {
        if (!OfficerBadge.TryParse(scan, out var officerId, out var secret)
            || Find(officerId) is not { BadgeHash: { } hash } officer
            || !CredentialHash.Verify(secret, hash))
        {
            NodeCatalogueLog.BadgeRefused(_logger, OfficerBadge.Redact(scan));
            return new BadgeNotRecognisedException().DisplayMessage;
        }

        lock (_badgeGate)
            _heldBadge = new HeldBadge(scan.Trim(), time.GetUtcNow() + BadgeHoldTime);
        return $"Đã đọc thẻ của {officer.Name}. Để trống mã cán bộ, nhập mã PIN rồi bấm Đăng nhập.";
    }

    /// <summary>The session of <paramref name="token"/>.</summary>
    /// <exception cref="NotSignedInException">No such session.</exception>
    public OfficerSession Require(string? token) =>
        token is not null && _sessions.TryGetValue(token, out var s) ? s : throw new NotSignedInException();

    /// <summary>Ends a session (no-op when unknown).</summary>
    public void SignOut(string? token)
    {
        if (token is not null)
            _sessions.TryRemove(token, out _);
    }

    private OfficerSession Open(SignInOfficer officer)
    {
        var session = new OfficerSession(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), officer.Id, officer.Name, time.GetUtcNow());
        _sessions[session.Token] = session;
        _latest = session;
        return session;
    }

    // Synced officers once the replica has a catalogue (inactive ones may not sign in); configured ones until then.
    private SignInOfficer? Find(string? officerId)
    {
        if (string.IsNullOrEmpty(officerId))
            return null;
        var synced = catalogue?.Current;
        if (synced is { IsEmpty: false })
        {
            return synced.Officers.TryGetValue(officerId, out var o) && o.Active
                ? new SignInOfficer(o.Id, o.Name, o.PinHash, o.BadgeHash)
                : null;
        }

        var configured = options.Value.Officers.FirstOrDefault(o => string.Equals(o.Id, officerId, StringComparison.Ordinal));
        return configured is null ? null : new SignInOfficer(configured.Id, configured.Name, configured.PinHash, BadgeHash: null);
    }

    private string? TakeHeldBadge()
    {
        lock (_badgeGate)
        {
            if (_heldBadge is { } held && held.Until > time.GetUtcNow())
                return held.Scan;
            _heldBadge = null;
            return null;
        }
    }

    private sealed record HeldBadge(string Scan, DateTimeOffset Until)
    {
        /// <summary>Never print the badge secret.</summary>
        public override string ToString() => $"HeldBadge {{ {OfficerBadge.Redact(Scan)} }}";
    }

    private sealed record SignInOfficer(string Id, string Name, string PinHash, string? BadgeHash);
}
