namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>The articles cited in a RIS breakdown (sources in shared domain notes, ris.md).</summary>
internal static class RisLegalBasis
{
    public const string CategoryAmount = "art. 14 §1 law of 26 May 2002 (DIS)";
    public const string Resources = "art. 16 law of 26 May 2002; art. 22 AR 11 July 2002";
    public const string ExemptResource = "art. 22 §1 AR 11 July 2002";
    public const string EmploymentExemption = "art. 35 §1 AR 11 July 2002";
    public const string ShortageOccupationExemption = "art. 35 AR 11 July 2002 as modified by AR 23 November 2023";
    public const string Cohabitants = "art. 34 AR 11 July 2002";
    public const string CohabitantsReform = "art. 34 AR 11 July 2002 as modified by AR 7 January 2026";
    public const string GeneralExemption = "art. 22 §2 AR 11 July 2002";
    public const string Amount = "art. 14 and 16 law of 26 May 2002";
    public const string Rounding = "yearly amount / 12 rounded half-up to the cent (derived from the published amounts)";
    public const string ProRata = "partial month pro rata (rule set in reference data ris.calculationRules)";
}
