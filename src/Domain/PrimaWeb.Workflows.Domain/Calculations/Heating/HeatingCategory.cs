namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>Target group of the heating allowance (AR 27 March 2009); the numbers are the official ones.</summary>
public enum HeatingCategory
{
    /// <summary>Cat. 1: entitled to increased health-insurance reimbursement (BIM), with an income check unless waived.</summary>
    Bim = 1,

    /// <summary>Cat. 2: low income, gross taxable household income at most the threshold.</summary>
    LowIncome = 2,

    /// <summary>Cat. 3: debt mediation or collective debt settlement, unable to pay the invoice, need confirmed by the CPAS.</summary>
    DebtMediation = 3,
}
