using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Tenants;

using Case = PrimaWeb.Workflows.Domain.Cases.Case;

namespace PrimaWeb.Workflows.Data.Tests.Persistence;

/// <summary>Fictitious tenants, persons and cases for persistence tests (the NISS numbers are valid but made up).</summary>
internal static class Samples
{
    public const string Namur = "cpas-namur";

    public const string Gent = "ocmw-gent";

    public const string ThomasNiss = "85073003328";

    public const string LucasNiss = "05061201196";

    public const string JulieNiss = "90021514647";

    public static readonly DateOnly Today = new(2026, 11, 27);

    public static Tenant NamurTenant() => new(Namur, "CPAS de Namur", "92094", "0212.345.668", Language.Fr);

    public static Tenant GentTenant() => new(Gent, "OCMW Gent", "44021", null, Language.Nl);

    public static Person Person(string tenant, string niss, string lastName = "Martin", string firstName = "Thomas", Address? address = null) =>
        new(tenant, Niss.Parse(niss, CultureInfo.InvariantCulture), lastName, firstName, null, Gender.Unknown, "BE", address, Language.Fr);

    public static Case Case(string tenant, Person mainPerson, string reference = "NA-2026-0001") =>
        new(tenant, reference, mainPerson.Id, Today.AddMonths(-1), Today, "namur-social-worker");
}
