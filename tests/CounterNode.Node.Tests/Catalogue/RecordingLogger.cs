using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CounterNode.Node.Tests.Catalogue;

/// <summary>Keeps every formatted log line, to check what never reaches the logs.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Lines.Enqueue(formatter(state, exception) + " " + exception);
    }
}
