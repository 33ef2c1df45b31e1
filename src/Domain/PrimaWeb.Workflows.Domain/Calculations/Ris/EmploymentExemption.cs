namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>The art. 35 AR 11 July 2002 exemption that applies to the claimant's net earned income, if any.</summary>
public enum EmploymentExemption
{
    None,

    /// <summary>Socio-professional exemption (ISP/SPV): job or vocational training started while entitled to DIS.</summary>
    SocioProfessional,

    /// <summary>Exemption of a student's job income.</summary>
    Student,

    /// <summary>Shortage-occupation exemption (métiers en pénurie, AR 23 November 2023): 3 months, once in a lifetime.</summary>
    ShortageOccupation,
}
