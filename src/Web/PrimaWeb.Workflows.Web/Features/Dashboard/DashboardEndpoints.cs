using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>
/// The dashboard's lists (<c>/api/dashboard/…</c>) for managers, of their own CPAS only, with the page's filters; each
/// list as JSON, or as CSV with <c>format=csv</c>. A request of another CPAS answers 404 like an unknown one.
/// </summary>
internal static class DashboardEndpoints
{
    private const string Filters = "Filters as on the page: team, socialWorker, requestType, from and to (yyyy-MM-dd; the period selects by the date "
        + "the deadline runs from, one year back by default); format=csv for a CSV file (UTF-8 with BOM, ';', dates dd/MM/yyyy). A refused value is "
        + "a 400 naming its parameter.";

    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var dashboard = endpoints.MapGroup(DashboardRoutes.Api).WithTags("Dashboard").RequireAuthorization(Policies.Monitor).WithPrimaWebProblems();
        dashboard.MapGet("/settings", (DashboardQueries queries, IOptions<DashboardOptions> options, ICurrentUser user) =>
                TypedResults.Ok(new DashboardSettingsDto(queries.DueSoonDays, [.. options.Value.TeamsOf(user.TenantCode).Keys.Order(StringComparer.Ordinal)], DashboardQueries.MaxRows)))
            .WithName("GetDashboardSettings")
            .WithSummary("The due-soon window in days, the CPAS's teams and the most rows a list gives.");
        Map<PendingDecisionRow>(dashboard, "/pending-decisions", "ListPendingDecisions", "Requests submitted to the Council and not decided yet, oldest first.",
            (q, c, today, _, ct) => q.PendingDecisionsAsync(c, today, ct), DashboardCsv.PendingDecisions, "pending-decisions");
        dashboard.MapGet("/deadlines/{rule}", DeadlinesAsync)
            .WithName("ListDeadlines")
            .WithSummary("The outstanding deadlines of one rule that are due soon or overdue, soonest first, each with its due day and state.")
            .WithDescription($"rule: {string.Join(", ", DashboardRoutes.RuleSegments)}. {Filters}")
            .Produces<List<DeadlineRow>>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: CsvTable.ContentType);
        Map<SppIsRefusalRow>(dashboard, "/sppis-refusals", "ListSppIsRefusals", "Forms the SPP-IS refused whose follow-up task is still open.",
            (q, c, _, _, ct) => q.SppIsRefusalsAsync(c, ct), DashboardCsv.Refusals, "sppis-refusals");
        Map<ExpiringIntegrationRow>(dashboard, "/expiring-integrations", "ListExpiringIntegrations", "BCSS integrations of the cases' main persons ending within 30 days.",
            (q, c, today, _, ct) => q.ExpiringIntegrationsAsync(c, today, ct), DashboardCsv.Integrations, "expiring-integrations");
        Map<DashboardIncidentRow>(dashboard, "/incidents", "ListDashboardIncidents", "Open incidents of the CPAS's requests.",
            (q, c, _, _, ct) => q.IncidentsAsync(c, ct), DashboardCsv.Incidents, "incidents");
        Map<WorkloadRow>(dashboard, "/workload", "ListWorkload", "Open and overdue tasks per assignee, and since when the oldest waits.",
            (q, c, _, now, ct) => q.WorkloadAsync(c, now, ct), DashboardCsv.Workload, "workload");
        Map<WeeklyFigures>(dashboard, "/weekly", "ListWeeklyFigures", "Per week: requests filed and decided, median days to decision, decisions overdue at the week's end.",
            (q, c, today, _, ct) => q.WeeklyAsync(c, today, ct), DashboardCsv.Weekly, "weekly");
        dashboard.MapGet("/requests/{requestId:guid}/deadlines", RequestDeadlinesAsync)
            .WithName("ListRequestDeadlines")
            .WithSummary("Every deadline of one request of the CPAS, done or outstanding; 404 for another CPAS's request.");
        return endpoints;
    }

    private static void Map<TRow>(
        RouteGroupBuilder group, string route, string name, string summary,
        Func<DashboardQueries, DashboardCriteria, DateOnly, DateTimeOffset, CancellationToken, Task<IReadOnlyList<TRow>>> list,
        Func<IEnumerable<TRow>, DashboardWording, CsvTable> csv, string fileName) =>
        group.MapGet(route, async ([AsParameters] DashboardQueryParameters parameters, DashboardQueries queries, DashboardWording wording, IStringLocalizer<UiText> text,
                IOptions<DashboardOptions> options, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (Read(parameters, options.Value, user, out var refusals) is not { } criteria)
                {
                    return ApiProblems.Invalid(text, refusals);
                }

                var now = time.GetUtcNow();
                var rows = await list(queries, criteria, LegalClock.DayOf(now), now, cancellationToken);
                return parameters.IsCsv ? csv(rows, wording).ToResult(fileName) : TypedResults.Ok(rows);
            })
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(Filters)
            .Produces<List<TRow>>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: CsvTable.ContentType);

    private static async Task<IResult> DeadlinesAsync(
        string rule, [AsParameters] DashboardQueryParameters parameters, DashboardQueries queries, DashboardWording wording, IStringLocalizer<UiText> text,
        IOptions<DashboardOptions> options, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (DashboardRoutes.RuleOf(rule) is not { } deadlineRule)
        {
            return ApiProblems.NotFound();
        }

        if (Read(parameters, options.Value, user, out var refusals) is not { } criteria)
        {
            return ApiProblems.Invalid(text, refusals);
        }

        var rows = await queries.DeadlinesAsync(deadlineRule, criteria, LegalClock.Today(time), cancellationToken);
        return parameters.IsCsv ? DashboardCsv.Deadlines(rows, wording).ToResult(DashboardCsv.FileName(deadlineRule)) : TypedResults.Ok(rows);
    }

    private static async Task<IResult> RequestDeadlinesAsync(Guid requestId, DashboardQueries queries, TimeProvider time, CancellationToken cancellationToken) =>
        await queries.RequestDeadlinesAsync(requestId, LegalClock.Today(time), cancellationToken) is { } rows
            ? TypedResults.Ok(rows)
            : ApiProblems.NotFound();

    private static DashboardCriteria? Read(DashboardQueryParameters parameters, DashboardOptions options, ICurrentUser user, out List<Refusal> refusals)
    {
        refusals = [];
        var criteria = DashboardCriteria.Read(parameters.Criteria, [.. options.TeamsOf(user.TenantCode).Keys], refusals);
        if (parameters.Format is { } format && !string.Equals(format.Trim(), "csv", StringComparison.OrdinalIgnoreCase) && !string.Equals(format.Trim(), "json", StringComparison.OrdinalIgnoreCase))
        {
            refusals.Add(new Refusal("format", FormErrorCodes.Choice, "'format' must be json or csv."));
        }

        return refusals.Count > 0 ? null : criteria;
    }
}

/// <summary>The query of every list: the page's filters and the format.</summary>
internal sealed record DashboardQueryParameters(string? Team, string? SocialWorker, string? RequestType, string? From, string? To, string? Format)
{
    public DashboardParameters Criteria => new(Team, SocialWorker, RequestType, From, To);

    public bool IsCsv => string.Equals(Format?.Trim(), "csv", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What the dashboard is set to for the user's CPAS.</summary>
public sealed record DashboardSettingsDto(int DueSoonDays, IReadOnlyList<string> Teams, int MaxRows);
