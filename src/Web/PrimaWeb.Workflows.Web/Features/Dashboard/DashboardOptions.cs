using PrimaWeb.Workflows.Domain.Deadlines;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>
/// The dashboard's settings (section <c>Dashboard</c>): how many days before a legal deadline it is shown as due soon,
/// and the CPAS's teams of social workers the lists can be narrowed to.
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>A deadline is due soon from this many days before its due day (0: only on the day). The screen says it.</summary>
    public int DueSoonDays { get; set; } = DeadlineWatch.DefaultDueSoonDays;

    /// <summary>Teams per CPAS: tenant code → team name → the user ids of its social workers.</summary>
    public Dictionary<string, Dictionary<string, string[]>> Teams { get; set; } = [];

    /// <summary>The teams of <paramref name="tenant"/>, by name.</summary>
    public IReadOnlyDictionary<string, string[]> TeamsOf(string tenant) =>
        Teams.TryGetValue(tenant, out var teams) ? teams : new Dictionary<string, string[]>();
}
