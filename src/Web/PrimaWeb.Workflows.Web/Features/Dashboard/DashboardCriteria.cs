using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>
/// What the dashboard is narrowed to, the same for the page (kept in its URL) and for <c>GET /api/dashboard/…</c>:
/// <c>?team=…&amp;socialWorker=…&amp;requestType=Dis&amp;from=2026-01-01&amp;to=2026-03-31</c>. The period selects each list
/// by the date its deadline runs from (reception, decision, start of the aid) and sets the weeks of the charts; without
/// it, the lists look back one year and the charts show the last twelve weeks.
/// </summary>
public sealed record DashboardCriteria(string? Team = null, string? SocialWorker = null, RequestType? RequestType = null, DateOnly? From = null, DateOnly? To = null)
{
    public const int MaxTextLength = 100;

    /// <summary>How far back the lists look when no period is given.</summary>
    public const int DefaultLookBackMonths = 12;

    public static DashboardCriteria None { get; } = new();

    public bool IsEmpty => this == None;

    /// <summary>The first day the lists look at on <paramref name="today"/>.</summary>
    public DateOnly FirstDay(DateOnly today) => From ?? today.AddMonths(-DefaultLookBackMonths);

    /// <summary>The last day the lists look at (the deadlines themselves may fall later).</summary>
    public DateOnly LastDay(DateOnly today) => To ?? today;

    /// <summary>
    /// Reads the page's address and the API's query alike; each refused value is a refusal naming its parameter, and
    /// the criteria are then <see cref="None"/>. A team must be one of the CPAS's (<paramref name="teams"/>).
    /// </summary>
    public static DashboardCriteria Read(DashboardParameters parameters, IReadOnlyCollection<string> teams, ICollection<Refusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(refusals);
        var before = refusals.Count;
        var team = Text(parameters.Team, "team", refusals);
        if (team is not null && !teams.Contains(team, StringComparer.Ordinal))
        {
            refusals.Add(new Refusal("team", FormErrorCodes.Choice, $"'team' must be one of the CPAS's teams: {string.Join(", ", teams)}."));
        }

        var socialWorker = Text(parameters.SocialWorker, "socialWorker", refusals);
        RequestType? requestType = null;
        if (!string.IsNullOrWhiteSpace(parameters.RequestType))
        {
            if (Enum.TryParse<RequestType>(parameters.RequestType.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(parameters.RequestType, out _))
            {
                requestType = type;
            }
            else
            {
                refusals.Add(new Refusal("requestType", FormErrorCodes.Choice, $"'requestType' must be one of {string.Join(", ", Enum.GetNames<RequestType>())}."));
            }
        }

        var from = Day(parameters.From, "from", refusals);
        var to = Day(parameters.To, "to", refusals);
        if (from is { } first && to is { } last && last < first)
        {
            refusals.Add(new Refusal("to", RuleCodes.EndBeforeStart, $"The period cannot end on {LegalDate.Format(last)}, before it starts on {LegalDate.Format(first)}.", last, first));
        }

        return refusals.Count > before ? None : new DashboardCriteria(team, socialWorker, requestType, from, to);
    }

    /// <summary>The criteria as query parameters (none when empty), for the page's address and the CSV links.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery() =>
        new Dictionary<string, string?>
        {
            ["team"] = Team,
            ["socialWorker"] = SocialWorker,
            ["requestType"] = RequestType?.ToString(),
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null);

    public string ToUri(string path) => QueryHelpers.AddQueryString(path, ToQuery());

    private static string? Text(string? given, string field, ICollection<Refusal> refusals)
    {
        var trimmed = string.IsNullOrWhiteSpace(given) ? null : given.Trim();
        if (trimmed is not null && trimmed.Length > MaxTextLength)
        {
            refusals.Add(new Refusal(field, FormErrorCodes.MaxLength, $"'{field}' must be at most {MaxTextLength} characters.", MaxTextLength));
            return null;
        }

        return trimmed;
    }

    private static DateOnly? Day(string? given, string field, ICollection<Refusal> refusals)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        if (DateOnly.TryParseExact(given.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day >= LegalDate.Earliest)
        {
            return day;
        }

        refusals.Add(new Refusal(field, FormErrorCodes.Date, $"'{field}' must be a date written yyyy-MM-dd."));
        return null;
    }
}

/// <summary>The dashboard's parameters as they come, in the page's URL or the API's query (all text: <see cref="DashboardCriteria.Read"/> checks them).</summary>
public sealed record DashboardParameters(string? Team, string? SocialWorker, string? RequestType, string? From, string? To);
