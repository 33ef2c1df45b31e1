namespace PrimaWeb.Workflows.Data;

/// <summary>
/// A save was built on a stale read: another user or process changed (or deleted) the aggregate since it was loaded.
/// Nothing of the save was written; reload the aggregate and apply the change again.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(string aggregate, string id, Exception? innerException = null)
        : base($"{aggregate} {id} was changed by someone else since it was loaded; nothing was saved. Reload it and try again.", innerException)
    {
        Aggregate = aggregate;
        Id = id;
    }

    /// <summary>The aggregate's type name, e.g. <c>Case</c>.</summary>
    public string Aggregate { get; }

    /// <summary>The aggregate's key as text.</summary>
    public string Id { get; }
}
