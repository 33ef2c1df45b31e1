namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// The forms a decision sends to the SPP-IS. DIS: form B (grant, revision, prolongation) and form C (refusal,
/// withdrawal) and the suspension; equivalent RIS: the Loi 65 forms A/B and C; the A036 attestation after a grant;
/// the installation premium's form of the organic law.
/// </summary>
public enum SppIsFormType
{
    DisGrant,
    DisRevision,
    DisProlongation,
    DisRefusal,
    DisWithdrawal,
    DisSuspension,
    Loi65AB,
    Loi65C,

    /// <summary>The monthly expense claim of a Loi 65 file (financial aid of one calendar month).</summary>
    Loi65D1,
    A036Create,
    A036Modify,
    A036Cancel,

    /// <summary>The installation premium granted under the organic law (OCMWCPASOrganicLaw).</summary>
    OrganicLaw,
}
