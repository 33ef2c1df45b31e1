namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>State of the file's form B1 (decision to grant aid) at SPP IS.</summary>
public enum Loi65B1Status
{
    NotSent,
    Accepted,
    Refused,

    /// <summary>Accepted but blocked (e.g. two CPAS claim the same person): nothing is paid.</summary>
    Blocked,
}
