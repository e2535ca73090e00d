using CounterNode.Node.Devices.Transports;

namespace CounterNode.Node.Devices.Display.RawLine;

/// <summary>
/// An LED number board driven by configured byte templates. Boards have no common blink or
/// clear command, so idle and clear send their own templates when configured and nothing otherwise.
/// </summary>
public sealed class RawLineDisplay : ICounterDisplay, IAsyncDisposable, IDisposable
{
    private readonly DeviceConnection _connection;
    private readonly RawLineTemplate _call;
    private readonly RawLineTemplate? _idle;
    private readonly RawLineTemplate? _clear;
    private readonly int? _address;
    private readonly ILogger _logger;

    /// <param name="connection">The board's connection.</param>
    /// <param name="callTemplate">Bytes for a call.</param>
    /// <param name="idleTemplate">Bytes for the idle screen ({number} is empty), or null to send nothing.</param>
    /// <param name="clearTemplate">Bytes to blank the board, or null to send nothing.</param>
    /// <param name="address">The board's bus address, or null to use the counter number.</param>
    /// <param name="logger">Logger.</param>
    public RawLineDisplay(DeviceConnection connection, RawLineTemplate callTemplate, RawLineTemplate? idleTemplate, RawLineTemplate? clearTemplate, int? address, ILogger<RawLineDisplay> logger)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(callTemplate);
        ArgumentNullException.ThrowIfNull(logger);
        _connection = connection;
        _call = callTemplate;
        _idle = idleTemplate;
        _clear = clearTemplate;
        _address = address;
        _logger = logger;
    }

    public async Task ShowCallAsync(DisplayCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        call.Validate();
        var bytes = _call.Render(call.TicketNumber, call.Counter, _address ?? call.Counter);
        await _connection.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        _logger.ShowedCall("raw-line", _connection.Description, call.TicketNumber, call.Counter);
    }

    public async Task ShowIdleAsync(int counter, CancellationToken cancellationToken)
    {
        if (_idle is null)
        {
            return;
        }

        await _connection.WriteAsync(_idle.Render(string.Empty, counter, _address ?? counter), cancellationToken).ConfigureAwait(false);
        _logger.ShowedIdle("raw-line", _connection.Description, counter);
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        if (_clear is null)
        {
            return;
        }

        await _connection.WriteAsync(_clear.Render(string.Empty, 0, _address ?? 0), cancellationToken).ConfigureAwait(false);
        _logger.Cleared("raw-line", _connection.Description);
    }

    /// <summary>LED number boards show numbers only: the department name has no place on them.</summary>
    public Task ShowDepartmentAsync(int counter, string? departmentName, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    public void Dispose() => _connection.Dispose();
}
