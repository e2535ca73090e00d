using System.Runtime.CompilerServices;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.Node.Sync;

/// <summary>
/// Listens to the Hub's pokes over SignalR and turns each into a sync request — or, when the
/// poke carries a small commit that extends the replica exactly, applies it at once without a
/// pull round trip (the pull stays the truth: anything else falls back to a round).
/// Also requests a round whenever the connection (re)opens, because pokes sent while the node
/// was disconnected are lost — after the Hub confirms the subscription
/// (<see cref="SyncProtocol.SubscribedMethod"/>), so no commit falls between pull and poke.
/// Never gives up: the first connect is retried with the same jittered backoff as reconnects
/// (a key the Hub refuses included), and a connection closed for any reason is reopened.
/// </summary>
public sealed partial class PokeListener
{
    private readonly Uri _hubUrl;
    private readonly HubCredentials _credentials;
    private readonly SyncTrigger _trigger;
    private readonly UnlimitedRetryPolicy _retryPolicy;
    private readonly TimeProvider _time;
    private readonly ILogger<PokeListener> _logger;
    private readonly Func<SyncPoke, CancellationToken, Task<bool>>? _applyInline;
    private long _lastPokeVersion;
    private long _appliedInline;
    private long _pokesReceived;
    private long _connectAttempts;
    private volatile bool _connected;

    /// <param name="applyInline">
    /// Applies a commit carried by a poke (usually <see cref="SyncEngine.TryApplyPokeAsync"/>);
    /// false asks for a round instead. Null: every poke asks for a round.
    /// </param>
    public PokeListener(
        Uri hubUrl, HubCredentials credentials, SyncTrigger trigger, UnlimitedRetryPolicy retryPolicy, TimeProvider time, ILogger<PokeListener> logger,
        Func<SyncPoke, CancellationToken, Task<bool>>? applyInline = null)
    {
        ArgumentNullException.ThrowIfNull(hubUrl);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(retryPolicy);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _hubUrl = hubUrl;
        _credentials = credentials;
        _trigger = trigger;
        _retryPolicy = retryPolicy;
        _time = time;
        _logger = logger;
        _applyInline = applyInline;
    }

    /// <summary>Version carried by the last poke received.</summary>
    public long LastPokeVersion => Interlocked.Read(ref _lastPokeVersion);

    /// <summary>How many pokes arrived since start.</summary>
    public long PokesReceived => Interlocked.Read(ref _pokesReceived);

    /// <summary>How many times a connection was started (first connects and reopened ones; not SignalR's own reconnects).</summary>
    public long ConnectAttempts => Interlocked.Read(ref _connectAttempts);

    /// <summary>How many pokes were applied from their content (no pull needed).</summary>
    public long AppliedInline => Interlocked.Read(ref _appliedInline);

    /// <summary>True while the SignalR connection is open.</summary>
    public bool IsConnected
    {
        get => _connected;
        private set => _connected = value;
    }

    /// <summary>Keeps a connection to the poke hub open until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var endpoint = new Uri(_hubUrl, SyncProtocol.PokeHubPath);
        while (!cancellationToken.IsCancellationRequested)
        {
            // Renewed before every start attempt: a close of a failed attempt (the Hub refusing the
            // key after the handshake) must not end the wait of the attempt that succeeds.
            var closed = new StrongBox<TaskCompletionSource>(NewSignal());
            var connection = new HubConnectionBuilder()
                .WithUrl(endpoint, options =>
                {
                    options.Headers[SyncProtocol.NodeIdHeader] = _credentials.NodeId;
                    options.Headers[SyncProtocol.NodeKeyHeader] = _credentials.Key;
                })
                .WithAutomaticReconnect(_retryPolicy)
                .Build();
            await using (connection.ConfigureAwait(false))
            {
                connection.On<SyncPoke>(SyncProtocol.PokeMethod, poke => OnPokeAsync(poke, cancellationToken));
                connection.Reconnecting += error =>
                {
                    IsConnected = false;
                    LogReconnecting(_logger, error?.Message);
                    return Task.CompletedTask;
                };
                connection.Reconnected += async _ =>
                {
                    try
                    {
                        await SubscribedAsync(connection, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is HubException or InvalidOperationException or IOException or OperationCanceledException)
                    {
                        // The connection went again; the next reconnect (or close) takes over.
                        LogReconnecting(_logger, ex.Message);
                        return;
                    }

                    OnSubscribed(endpoint);
                };
                connection.Closed += error =>
                {
                    IsConnected = false;
                    closed.Value!.TrySetResult();
                    return Task.CompletedTask;
                };

                if (!await StartWithRetryAsync(connection, endpoint, () => closed.Value = NewSignal(), cancellationToken).ConfigureAwait(false))
                    return;
                try
                {
                    await closed.Value!.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                    LogClosed(_logger);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await connection.StopAsync(CancellationToken.None).ConfigureAwait(false);
                    IsConnected = false;
                    return;
                }
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<bool> StartWithRetryAsync(HubConnection connection, Uri endpoint, Action beforeAttempt, CancellationToken cancellationToken)
    {
        for (long attempt = 0; ; attempt++)
        {
            try
            {
                beforeAttempt();
                Interlocked.Increment(ref _connectAttempts);
                await connection.StartAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await SubscribedAsync(connection, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    await connection.StopAsync(CancellationToken.None).ConfigureAwait(false);
                    throw;
                }
                OnSubscribed(endpoint);
                return true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or TimeoutException
                                           or System.Net.WebSockets.WebSocketException or OperationCanceledException or HubException)
            {
                var delay = _retryPolicy.Delay(attempt);
                LogConnectFailed(_logger, endpoint, ex.Message, delay);
                try
                {
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }
        }
    }

    private void OnSubscribed(Uri endpoint)
    {
        IsConnected = true;
        LogConnected(_logger, endpoint);
        // Pokes sent while we were away are gone: pull now.
        _trigger.Request();
    }

    // Returns once the Hub has put this connection in its scopes' groups: a pull requested
    // before that could miss a commit whose poke went to the groups without us.
    private static Task<string[]> SubscribedAsync(HubConnection connection, CancellationToken cancellationToken) =>
        connection.InvokeAsync<string[]>(SyncProtocol.SubscribedMethod, cancellationToken);

    private async Task OnPokeAsync(SyncPoke poke, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastPokeVersion, poke.Version);
        Interlocked.Increment(ref _pokesReceived);
        if (_applyInline is not null && poke.Changes is not null)
        {
            try
            {
                if (await _applyInline(poke, cancellationToken).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _appliedInline);
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The poke is only a shortcut: whatever went wrong, the pull below is the truth.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogInlineFailed(_logger, ex, poke.Version);
            }
        }

        _trigger.RequestPull(poke.Version);
    }

    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Listening to Hub pokes at {Endpoint}")]
    private static partial void LogConnected(ILogger logger, Uri endpoint);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Cannot reach the poke hub at {Endpoint} ({Problem}); retrying in {Delay}")]
    private static partial void LogConnectFailed(ILogger logger, Uri endpoint, string problem, TimeSpan delay);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "Poke connection lost ({Problem}); reconnecting")]
    private static partial void LogReconnecting(ILogger logger, string? problem);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Warning, Message = "Applying the changes carried by the poke for version {Version} failed; pulling instead")]
    private static partial void LogInlineFailed(ILogger logger, Exception exception, long version);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "Poke connection closed; reopening")]
    private static partial void LogClosed(ILogger logger);
}
