namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>Stands for a process that dies at a given point: everything in memory is lost, the database stays.</summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
