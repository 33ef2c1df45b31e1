using PrimaWeb.Workflows.Domain.Deadlines;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>The addresses of the dashboard's lists: <c>/api/dashboard/deadlines/{rule}</c> names each rule in kebab case.</summary>
public static class DashboardRoutes
{
    public const string Api = "/api/dashboard";

    private static readonly Dictionary<DeadlineRule, string> Segments = new()
    {
        [DeadlineRule.Decision] = "decision",
        [DeadlineRule.Notification] = "notification",
        [DeadlineRule.A036] = "a036",
        [DeadlineRule.DisForm] = "dis-form",
        [DeadlineRule.Loi65FormB] = "loi65-form-b",
        [DeadlineRule.Loi65FormD] = "loi65-form-d",
    };

    public static IReadOnlyCollection<string> RuleSegments => Segments.Values;

    public static string Of(DeadlineRule rule) => Segments[rule];

    public static DeadlineRule? RuleOf(string segment) =>
        Segments.FirstOrDefault(pair => string.Equals(pair.Value, segment, StringComparison.OrdinalIgnoreCase)) is { Value: not null } found ? found.Key : null;

    /// <summary>A list's CSV file, with the criteria of the page.</summary>
    public static string Csv(string list, DashboardCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria.ToUri($"{Api}/{list}") + (criteria.IsEmpty ? "?" : "&") + "format=csv";
    }
}
