using System.Collections.Concurrent;
using System.Security.Cryptography;
using CounterNode.Node.Queue;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// Signed-in officers of this console, in memory: a restart signs everyone out, which is what
/// a shared counter PC should do anyway.
/// </summary>
public sealed class ConsoleSessions(IOptions<QueueOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, OfficerSession> _sessions = new(StringComparer.Ordinal);
    private volatile OfficerSession? _latest;

    /// <summary>The officer who signed in last and is still signed in (scans act on their behalf).</summary>
    public OfficerSession? Latest => _latest is { } s && _sessions.ContainsKey(s.Token) ? s : null;

    /// <summary>Checks the PIN and opens a session.</summary>
    /// <exception cref="SignInFailedException">Unknown officer or wrong PIN.</exception>
    public OfficerSession SignIn(string? officerId, string? pin)
    {
        var officer = options.Value.Officers.FirstOrDefault(o => string.Equals(o.Id, officerId?.Trim(), StringComparison.Ordinal));
        // Verify even for an unknown id so both failures take about as long.
        var ok = OfficerPin.Verify(pin, officer?.PinHash ?? "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        if (officer is null || !ok)
            throw new SignInFailedException();
        var session = new OfficerSession(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), officer.Id, officer.Name, time.GetUtcNow());
        _sessions[session.Token] = session;
        _latest = session;
        return session;
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
}
