namespace PrimaWeb.Workflows.FederalServices.Calls;

/// <summary>
/// The legal context a call is made under (the BCSS checks that the institution may use a flow for it) and the legal
/// basis written in the audit. The codes are the project's labels; the real BCSS legal-context strings per flow are
/// configured per CPAS at the BCSS and are not public.
/// </summary>
public sealed record LegalContext(string Code, string LegalBasis)
{
    public static readonly LegalContext SocialInquiry = new(
        "CPAS:SOCIAL_INQUIRY", "Loi DIS 26/05/2002 art. 19; loi organique CPAS 08/07/1976 art. 60 §1 (enquête sociale)");

    public static readonly LegalContext Integration = new(
        "CPAS:REFERENCE_DIRECTORY", "Loi BCSS 15/01/1990 art. 6 (répertoire des références)");

    public static readonly LegalContext DisForms = new(
        "CPAS:DIS_FORMS", "Loi DIS 26/05/2002; AR 11/07/2002 (formulaires au SPP-IS)");

    public static readonly LegalContext Loi65Forms = new(
        "CPAS:LOI65_FORMS", "Loi 02/04/1965 (prise en charge des secours par l'État)");

    public static readonly LegalContext OrganicLaw = new(
        "CPAS:ORGANIC_LAW", "Loi organique CPAS 08/07/1976 (prime d'installation)");

    public static readonly LegalContext Recovery = new(
        "CPAS:RECOVERY", "Loi DIS 26/05/2002 art. 24 et 26 (recouvrement)");

    public static readonly LegalContext MultifunctionalAttestation = new(
        "CPAS:A036", "Circulaire SPP-IS 17/04/2013 (attestation multifonctionnelle A036)");

    public static readonly LegalContext HeatingAllowance = new(
        "CPAS:HEATING_ALLOWANCE", "Loi-programme 22/12/2008 art. 249 s.; AR 27/03/2009 (allocation de chauffage)");

    public static readonly LegalContext Mutations = new(
        "CPAS:MUTATIONS", "Loi BCSS 15/01/1990 (mutations des personnes intégrées)");
}
