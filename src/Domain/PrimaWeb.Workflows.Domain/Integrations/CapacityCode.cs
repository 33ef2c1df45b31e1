namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>
/// BCSS capacity codes (codes qualité / hoedanigheidscodes) of sector 17 that PrimaWeb uses to integrate a person in
/// the reference directory. The numeric value is the code sent to the BCSS.
/// </summary>
public enum CapacityCode
{
    /// <summary>1 — under investigation (en enquête / dossier in onderzoek); at most 2 months.</summary>
    UnderInvestigation = 1,

    /// <summary>2 — DIS, integration income (RIS / leefloon) beneficiary; at most 1 year.</summary>
    IntegrationIncome = 2,

    /// <summary>3 — equivalent RIS and Loi 65 beneficiary; at most 1 year.</summary>
    EquivalentIntegrationIncome = 3,

    /// <summary>4 — other aid; at most 1 year.</summary>
    OtherAid = 4,

    /// <summary>5 — cohabitant who is not a beneficiary himself, not even indirectly; at most 1 year.</summary>
    Cohabitant = 5,

    /// <summary>6 — person employed through the CPAS (art. 60 §7, art. 61 organic law); at most 1 year.</summary>
    EmploymentMeasure = 6,

    /// <summary>40 — main or secondary beneficiary of the federal heating allowance; the calendar year.</summary>
    HeatingAllowance = 40,
}
