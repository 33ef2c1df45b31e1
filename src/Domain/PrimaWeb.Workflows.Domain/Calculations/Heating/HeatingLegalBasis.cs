namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>Rules cited in a heating-allowance breakdown (sources in shared domain notes, heating-allowance.md).</summary>
internal static class HeatingLegalBasis
{
    public const string General = "programme law of 22 December 2008, art. 253 ff.; AR 27 March 2009";
    public const string Amount = "art. 1 AR 27 March 2009 as modified (AR 6 August 2022, AR 2023)";
    public const string Income = "AR 27 March 2009; primabook.mi-is.be fr/node/72";
    public const string Fuel = "AR 27 March 2009 (eligible fuels); mi-is.be FAQ";
    public const string Deadline = "request within 60 days of delivery (mi-is.be/fr/fonds-social-mazout)";
    public const string Exclusive = "one flat pump allowance per heating period, exclusive of the bulk allowance (verwarmingsfonds.be)";
    public const string CareInstitution = "residents of rest homes and hospitals are excluded (mi-is.be FAQ)";
}
