namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>The kind of aid a request (demande) asks for; each type has its own workflow definition.</summary>
public enum RequestType
{
    /// <summary>Right to social integration (DIS, law of 26 May 2002): integration income (RIS) or employment.</summary>
    Dis,

    /// <summary>Social aid equivalent to the RIS, reimbursed under the Loi 65.</summary>
    EquivalentRis,

    /// <summary>Other aid reimbursed under the law of 2 April 1965 (medical costs …).</summary>
    Loi65,

    /// <summary>Federal heating allowance (Fonds social Mazout / Sociaal Verwarmingsfonds).</summary>
    HeatingAllowance,

    /// <summary>Other aid borne by the CPAS alone; no form goes to the SPP-IS.</summary>
    OtherAid,

    /// <summary>Installation premium (prime d'installation) for a person leaving homelessness, under the CPAS organic law, reimbursed by the SPP-IS.</summary>
    InstallationPremium,

    /// <summary>Recovery (recouvrement) of aid unduly paid, reported to the SPP-IS with form D or F.</summary>
    Recovery,
}
