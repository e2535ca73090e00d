using System.Collections.Concurrent;

namespace CounterNode.Hub.Board;

/// <summary>
/// Locks a user name after <see cref="BoardOptions.LockoutFailures"/> failed logins in a row
/// for <see cref="BoardOptions.LockoutDuration"/> (per Hub instance; a success resets it).
/// Unknown user names are tracked too, so probing them gains nothing.
/// </summary>
public sealed class LoginThrottle(TimeProvider time, Microsoft.Extensions.Options.IOptions<BoardOptions> options)
{
    private const int MaxTracked = 10_000;

    // Verified when the user name is unknown, so a miss costs as much time as a wrong password.
    private static readonly string DummyHash = SupervisorPasswordHasher.Hash(Guid.NewGuid().ToString("N"));

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the user name is locked, until when; else null.</summary>
    public DateTimeOffset? LockedUntil(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return _entries.TryGetValue(userName, out var e) && e.LockedUntil is { } until && until > time.GetUtcNow() ? until : null;
    }

    /// <summary>Records a failure; returns the failures in a row.</summary>
    public int Failed(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (_entries.Count > MaxTracked)
            _entries.Clear(); // a flood of random names must not exhaust memory; the cost is a reset of counts
        var settings = options.Value;
        var entry = _entries.AddOrUpdate(
            userName,
            _ => Next(new Entry(0, null)),
            (_, old) => Next(old));
        return entry.Failures;

        Entry Next(Entry old)
        {
            var failures = old.LockedUntil is { } until && until <= time.GetUtcNow() ? 1 : old.Failures + 1;
            return failures >= settings.LockoutFailures
                ? new Entry(failures, time.GetUtcNow() + settings.LockoutDuration)
                : new Entry(failures, null);
        }
    }

    /// <summary>Forgets the failures after a successful login.</summary>
    public void Succeeded(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        _entries.TryRemove(userName, out _);
    }

    /// <summary>
    /// One login attempt for <paramref name="key"/> (a user name, prefixed per login page): refused
    /// at once while locked; otherwise the password is checked against <paramref name="storedHash"/>
    /// (null = unknown user, checked against a dummy so timing says nothing), a failure is counted
    /// and answered after <see cref="BoardOptions.FailureDelay"/>, a success resets the count.
    /// </summary>
    public async Task<LoginVerdict> AttemptAsync(string key, string password, string? storedHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(password);
        if (LockedUntil(key) is { } until)
            return new LoginVerdict(LoginOutcome.Locked, 0, until);
        if (SupervisorPasswordHasher.Verify(password, storedHash ?? DummyHash) && storedHash is not null)
        {
            Succeeded(key);
            return new LoginVerdict(LoginOutcome.Succeeded, 0, null);
        }

        var failures = Failed(key);
        await Task.Delay(options.Value.FailureDelay, time, cancellationToken).ConfigureAwait(false);
        var lockedNow = LockedUntil(key);
        return new LoginVerdict(lockedNow is null ? LoginOutcome.Failed : LoginOutcome.FailedAndLocked, failures, lockedNow);
    }

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil);
}
