namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>Language of letters and of the user interface for a person or a CPAS.</summary>
public enum Language
{
    /// <summary>French.</summary>
    Fr,

    /// <summary>Dutch.</summary>
    Nl,
}
