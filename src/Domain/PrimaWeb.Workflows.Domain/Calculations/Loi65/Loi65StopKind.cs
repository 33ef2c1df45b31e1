namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>The decision that ends a Loi 65 aid on form C; each has its nature and reason codes in the reference data.</summary>
public enum Loi65StopKind
{
    Suspension,
    Withdrawal,

    /// <summary>A refusal after a revision or review, which ends the grant before it.</summary>
    Refusal,
}
