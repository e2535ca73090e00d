namespace CounterNode.Node.Devices.Display;

/// <summary>For a node without a display (<c>Display:Kind = None</c>): accepts and ignores every update.</summary>
public sealed class NullCounterDisplay : ICounterDisplay
{
    public Task ShowCallAsync(DisplayCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        call.Validate();
        return Task.CompletedTask;
    }

    public Task ShowIdleAsync(int counter, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ClearAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ShowDepartmentAsync(int counter, string? departmentName, CancellationToken cancellationToken) => Task.CompletedTask;
}
