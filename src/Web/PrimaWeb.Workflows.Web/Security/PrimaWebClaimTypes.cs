namespace PrimaWeb.Workflows.Web.Security;

/// <summary>Claim types the application reads, named as an OpenID Connect provider would issue them.</summary>
public static class PrimaWebClaimTypes
{
    /// <summary>The CPAS the user belongs to (its tenant code, e.g. <c>cpas-namur</c>). Every user has exactly one.</summary>
    public const string Tenant = "tenant";

    /// <summary>Preferred language of the user interface: <c>fr</c> or <c>nl</c>.</summary>
    public const string Locale = "locale";
}
