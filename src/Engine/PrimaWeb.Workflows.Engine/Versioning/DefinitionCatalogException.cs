namespace PrimaWeb.Workflows.Engine.Versioning;

/// <summary>A change of the catalog refused for a reason the caller can act on (<see cref="Reason"/>).</summary>
public sealed class DefinitionCatalogException : InvalidOperationException
{
    public DefinitionCatalogException()
    {
    }

    public DefinitionCatalogException(string message)
        : base(message)
    {
    }

    public DefinitionCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DefinitionCatalogException(CatalogRefusal reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public CatalogRefusal Reason { get; }
}

/// <summary>Why the catalog refused a change.</summary>
public enum CatalogRefusal
{
    /// <summary>No such definition or version.</summary>
    NotFound = 0,

    /// <summary>The version is published or retired (or not published, to retire it): its text never changes again.</summary>
    WrongStatus = 1,

    /// <summary>The draft was saved by someone else since it was read.</summary>
    StaleRevision = 2,

    /// <summary>The document names another definition or version than the one it is saved as.</summary>
    IdentityMismatch = 3,
}
