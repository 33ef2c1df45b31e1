namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>What the council decided.</summary>
public enum DecisionOutcome
{
    Granted,
    Refused,
}
