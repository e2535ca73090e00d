using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.Node.Sync;

/// <summary>
/// Listens to the Hub's contentless pokes over SignalR and turns each into a sync request.
/// Also requests a round whenever the connection (re)opens, because pokes sent while the node
/// was disconnected are lost. Never gives up: the first connect is retried with the same
/// jittered backoff as reconnects, and a connection closed for any reason is reopened.
/// </summary>
public sealed partial class PokeListener
{
    private readonly Uri _hubUrl;
    private readonly HubCredentials _credentials;
    private readonly SyncTrigger _trigger;
    private readonly UnlimitedRetryPolicy _retryPolicy;
    private readonly TimeProvider _time;
    private readonly ILogger<PokeListener> _logger;
    private long _lastPokeVersion;
    private long _pokesReceived;
    private volatile bool _connected;

    public PokeListener(Uri hubUrl, HubCredentials credentials, SyncTrigger trigger, UnlimitedRetryPolicy retryPolicy, TimeProvider time, ILogger<PokeListener> logger)
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
    }

    /// <summary>Version carried by the last poke received.</summary>
    public long LastPokeVersion => Interlocked.Read(ref _lastPokeVersion);

    /// <summary>How many pokes arrived since start.</summary>
    public long PokesReceived => Interlocked.Read(ref _pokesReceived);

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
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
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
                connection.On<SyncPoke>(SyncProtocol.PokeMethod, OnPoke);
                connection.Reconnecting += error =>
                {
                    IsConnected = false;
                    LogReconnecting(_logger, error?.Message);
                    return Task.CompletedTask;
                };
                connection.Reconnected += _ =>
                {
                    IsConnected = true;
                    LogConnected(_logger, endpoint);
                    _trigger.Request();
                    return Task.CompletedTask;
                };
                connection.Closed += error =>
                {
                    IsConnected = false;
                    closed.TrySetResult();
                    return Task.CompletedTask;
                };

                if (!await StartWithRetryAsync(connection, endpoint, cancellationToken).ConfigureAwait(false))
                    return;
                try
                {
                    await closed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
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

    private async Task<bool> StartWithRetryAsync(HubConnection connection, Uri endpoint, CancellationToken cancellationToken)
    {
        for (long attempt = 0; ; attempt++)
        {
            try
            {
                await connection.StartAsync(cancellationToken).ConfigureAwait(false);
                IsConnected = true;
                LogConnected(_logger, endpoint);
                // Pokes sent while we were away are gone: pull now.
                _trigger.Request();
                return true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or TimeoutException
                                           or System.Net.WebSockets.WebSocketException or OperationCanceledException)
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

    private void OnPoke(SyncPoke poke)
    {
        Interlocked.Exchange(ref _lastPokeVersion, poke.Version);
        Interlocked.Increment(ref _pokesReceived);
        _trigger.Request();
    }

    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Listening to Hub pokes at {Endpoint}")]
    private static partial void LogConnected(ILogger logger, Uri endpoint);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Cannot reach the poke hub at {Endpoint} ({Problem}); retrying in {Delay}")]
    private static partial void LogConnectFailed(ILogger logger, Uri endpoint, string problem, TimeSpan delay);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "Poke connection lost ({Problem}); reconnecting")]
    private static partial void LogReconnecting(ILogger logger, string? problem);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "Poke connection closed; reopening")]
    private static partial void LogClosed(ILogger logger);
}
