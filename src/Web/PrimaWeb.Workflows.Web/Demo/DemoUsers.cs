using PrimaWeb.Workflows.Domain.Staff;

namespace PrimaWeb.Workflows.Web.Demo;

/// <summary>The demo users: one per role in each demo CPAS. Names are invented.</summary>
public static class DemoUsers
{
    public const string Namur = "cpas-namur";

    public const string Gent = "ocmw-gent";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("namur-social-worker", "Amélie Dubois", Namur, Roles.SocialWorker, "fr"),
        new("namur-manager", "Luc Lambert", Namur, Roles.Manager, "fr"),
        new("namur-analyst", "Sophie Renard", Namur, Roles.FunctionalAnalyst, "fr"),
        new("namur-admin", "Marc Henrard", Namur, Roles.Administrator, "fr"),
        new("gent-social-worker", "Pieter Claes", Gent, Roles.SocialWorker, "nl"),
        new("gent-manager", "Els Maes", Gent, Roles.Manager, "nl"),
        new("gent-analyst", "Jan Peeters", Gent, Roles.FunctionalAnalyst, "nl"),
        new("gent-admin", "An Wouters", Gent, Roles.Administrator, "nl"),
    ];

    public static DemoUser? Find(string id) => All.FirstOrDefault(user => user.Id == id);
}
