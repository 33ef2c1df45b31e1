using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>OCMWCPASWet65Loi65AB: form A (identification of the file), form B1 (decision) or B2 (hospital costs), or A with B.</summary>
public sealed record Loi65ABRequest(string FileNumber, Loi65FormA? FormA, Loi65FormB? FormB);

/// <summary>Form A: one main beneficiary, at most 17 secondary ones, nationality code 100–999, suffix 0–99.</summary>
public sealed record Loi65FormA(
    DateOnly EffectiveDate,
    Niss MainBeneficiary,
    IReadOnlyList<Loi65SecondaryBeneficiary> SecondaryBeneficiaries,
    int NationalityCode,
    int Suffix);

/// <summary>A life partner or dependent minor child of the file.</summary>
public sealed record Loi65SecondaryBeneficiary(Niss SSIN, string Relationship);

/// <summary>Form B1 or B2 for the main beneficiary; <c>BeneficiaryStatus</c> is the status letter (A–K).</summary>
public sealed record Loi65FormB(
    Loi65FormBType Type,
    Niss SSIN,
    DateOnly EffectiveDate,
    DateOnly? EndDate,
    string BeneficiaryStatus,
    Loi65RequestedAid RequestedAid,
    bool IsCorrection = false);

public enum Loi65FormBType
{
    B1,
    B2,
}

/// <summary>The aids requested on B1 (XSD booleans).</summary>
public sealed record Loi65RequestedAid(
    bool FinancialAid = false,
    bool MedicalAndPharmaceuticalCosts = false,
    bool MutBase = false,
    bool MutComplementary = false,
    bool MutRegularization = false,
    bool Repatriation = false,
    bool Placement = false,
    bool Housing = false,
    bool BirthAllowance = false,
    bool GuaranteedChildAllowances = false,
    bool Other = false);
