namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>Kinds of aid a CPAS claims under the law of 2 April 1965, as notified on form B1 and claimed on form D1.</summary>
public enum Loi65AidType
{
    FinancialAid,
    FamilyAllowances,
    HealthInsuranceContribution,
    MedicalCosts,
    PharmaceuticalCosts,
    Repatriation,
    BirthPremium,
    HealthInsuranceRegularisation,
    Placement,
    Housing,
    Article60Employment,
    Article61,
    Activation,
}
