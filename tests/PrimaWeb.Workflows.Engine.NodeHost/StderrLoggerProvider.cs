using Microsoft.Extensions.Logging;

namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>Warnings and errors to standard error, where the launching test collects them for its failure message.</summary>
public sealed class StderrLoggerProvider(string node) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger(node, categoryName);

    public void Dispose()
    {
    }

    private sealed class StderrLogger(string node, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Console.Error.WriteLine($"[{node}] {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)}");
            }
        }
    }
}
