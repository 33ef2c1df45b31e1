namespace PrimaWeb.Workflows.Domain.Cases;

/// <summary>Whether a social file is still followed.</summary>
public enum CaseStatus
{
    Open,
    Closed,
}
