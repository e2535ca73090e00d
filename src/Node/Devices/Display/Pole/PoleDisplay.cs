using CounterNode.Node.Devices.Display.Text;
using CounterNode.Node.Devices.Transports;

namespace CounterNode.Node.Devices.Display.Pole;

/// <summary>
/// A 2×20 pole display (DM-D or CD5220) on a serial port or TCP. A new call is written and
/// then blinks: by the device's own blink command where it has one (stopped after
/// <see cref="PoleBlinkSettings.Duration"/>), otherwise by re-writing blank and full lines.
/// Any later update first ends a running blink, so blink bytes never land on a newer screen.
/// </summary>
public sealed class PoleDisplay : ICounterDisplay, IAsyncDisposable, IDisposable
{
    private readonly IPoleDisplayProtocol _protocol;
    private readonly DeviceConnection _connection;
    private readonly PoleScreenLayout _layout;
    private readonly PoleBlinkSettings _blink;
    private readonly int? _brightness;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CancellationTokenSource? _blinkCancel;
    private Task _blinkTask = Task.CompletedTask;
    private bool _initialised;
    private string? _department;
    private int? _idleCounter;

    public PoleDisplay(
        IPoleDisplayProtocol protocol,
        DeviceConnection connection,
        PoleScreenLayout layout,
        PoleBlinkSettings blink,
        int? brightness,
        TimeProvider timeProvider,
        ILogger<PoleDisplay> logger)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(blink);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _protocol = protocol;
        _connection = connection;
        _layout = layout;
        _blink = blink;
        _brightness = brightness;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>The blink that follows the last call; completes when it has ended (tests wait on it).</summary>
    public Task BlinkCompletion => _blinkTask;

    public async Task ShowCallAsync(DisplayCall call, CancellationToken cancellationToken)
    {
        // Layout first: a number that does not fit changes nothing on the display.
        var lines = _layout.Call(call);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _idleCounter = null;
            await StopBlinkingAsync().ConfigureAwait(false);
            byte[] bytes = [.. Prefix(), .. _protocol.WriteScreen(lines)];
            if (_protocol.CanBlink && _blink.Count > 0)
            {
                bytes = [.. bytes, .. _protocol.StartBlink(_blink.Interval)];
            }

            await _connection.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            _initialised = true;
            _logger.ShowedCall(_protocol.Name, _connection.Description, call.TicketNumber, call.Counter);
            if (_blink.Count > 0)
            {
                _blinkCancel = new CancellationTokenSource();
                _blinkTask = BlinkAsync(lines, _blinkCancel.Token);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ShowIdleAsync(int counter, CancellationToken cancellationToken)
    {
        var lines = _layout.Idle(counter, Volatile.Read(ref _department));
        await WriteSteadyAsync(_protocol.WriteScreen(lines), cancellationToken).ConfigureAwait(false);
        _idleCounter = counter;
        _logger.ShowedIdle(_protocol.Name, _connection.Description, counter);
    }

    /// <summary>Keeps the department for the idle screen; redraws the idle screen at once when it is showing (never over a call).</summary>
    public async Task ShowDepartmentAsync(int counter, string? departmentName, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _department, departmentName);
        if (_idleCounter == counter)
            await ShowIdleAsync(counter, cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await WriteSteadyAsync(_protocol.Clear(), cancellationToken).ConfigureAwait(false);
        _idleCounter = null;
        _logger.Cleared(_protocol.Name, _connection.Description);
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await StopBlinkingAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>Synchronous disposal (a container disposed synchronously): cancels the blink and closes the device.</summary>
    public void Dispose()
    {
        _blinkCancel?.Cancel();
        _connection.Dispose();
    }

    private async Task WriteSteadyAsync(byte[] screen, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wasBlinking = await StopBlinkingAsync().ConfigureAwait(false);
            byte[] stop = wasBlinking && _protocol.CanBlink ? _protocol.StopBlink() : [];
            byte[] bytes = [.. Prefix(), .. stop, .. screen];
            await _connection.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            _initialised = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The initialisation bytes until one write carrying them has succeeded.</summary>
    private byte[] Prefix() => _initialised ? [] : _protocol.Initialize(_brightness);

    /// <summary>Cancels and awaits a running blink; true when one was still running.</summary>
    private async Task<bool> StopBlinkingAsync()
    {
        if (_blinkCancel is null)
        {
            return false;
        }

        var running = !_blinkTask.IsCompleted;
        await _blinkCancel.CancelAsync().ConfigureAwait(false);
        try
        {
            await _blinkTask.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: the blink was cut short by a newer screen.
        }

        _blinkCancel.Dispose();
        _blinkCancel = null;
        return running;
    }

    private async Task BlinkAsync(PoleLines lines, CancellationToken cancellationToken)
    {
        try
        {
            if (_protocol.CanBlink)
            {
                await Task.Delay(_blink.Duration, _time, cancellationToken).ConfigureAwait(false);
                // Not cancellable once started: half-written commands would garble the display.
                await _connection.WriteAsync(_protocol.StopBlink(), CancellationToken.None).ConfigureAwait(false);
                return;
            }

            for (var i = 0; i < _blink.Count; i++)
            {
                await Task.Delay(_blink.Interval, _time, cancellationToken).ConfigureAwait(false);
                await _connection.WriteAsync(_protocol.WriteScreen(PoleLines.Blank), CancellationToken.None).ConfigureAwait(false);
                await Task.Delay(_blink.Interval, _time, cancellationToken).ConfigureAwait(false);
                await _connection.WriteAsync(_protocol.WriteScreen(lines), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is DeviceUnreachableException or IOException or ObjectDisposedException)
        {
            // Blinking is decoration; the call itself is already on the screen.
            _logger.BlinkFailed(ex, _protocol.Name, _connection.Description);
        }
    }
}
