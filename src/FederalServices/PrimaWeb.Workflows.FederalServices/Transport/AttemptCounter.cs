namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>Counts the HTTP attempts of one call (retries included), for the audit and the errors.</summary>
internal sealed class AttemptCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public int Next() => Interlocked.Increment(ref _count);
}
