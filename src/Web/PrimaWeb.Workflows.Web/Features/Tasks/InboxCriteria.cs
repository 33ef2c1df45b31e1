using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// What the inbox is narrowed to. The page keeps it in its URL and <c>GET /api/tasks</c> takes it in its query, with
/// the same parameters, defaults, page size and rules (<see cref="Read"/>):
/// <c>?tab=team&amp;q=Martin&amp;requestType=Dis&amp;taskType=…&amp;case=NA-2026-0001&amp;caseId=…&amp;overdue=true&amp;page=2</c>. The list
/// is always sorted by due date (none last), then priority.
/// </summary>
public sealed record InboxCriteria(RequestType? RequestType = null, string? TaskType = null, string? CaseReference = null, bool OverdueOnly = false)
{
    /// <summary>The most tasks one page of the inbox lists, on screen and in the API.</summary>
    public const int PageSize = 200;

    public const int MaxPage = 1000;

    public const int MaxTaskTypeLength = 200;

    public const int MaxCaseReferenceLength = 30;

    public const int MaxSearchLength = 100;

    public static InboxCriteria None { get; } = new();

    /// <summary>Only the tasks of this case (by id, as the API's clients and the case page know it).</summary>
    public Guid? CaseId { get; init; }

    /// <summary>
    /// Only the tasks of cases whose person is named so (part of the last or first name) or has this NISS (when the
    /// text holds a digit, it must be a NISS: <see cref="Shared.NissQuery"/>).
    /// </summary>
    public string? Search { get; init; }

    /// <summary>Which page of <see cref="PageSize"/> tasks, from 1.</summary>
    public int Page { get; init; } = 1;

    public bool IsEmpty => this == None;

    /// <summary>
    /// Reads the parameters of the inbox's address and of the API alike; each refused value is a refusal naming its
    /// parameter, and the criteria are then <see cref="None"/>. The tab is <c>mine</c> unless <c>unassigned</c> or <c>team</c> is asked.
    /// </summary>
    public static (InboxTab Tab, InboxCriteria Criteria) Read(InboxParameters parameters, ICollection<Refusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(refusals);
        var before = refusals.Count;
        var tab = Choose<InboxTab>(parameters.Tab, "tab", refusals) ?? InboxTab.Mine;
        var requestType = Choose<RequestType>(parameters.RequestType, "requestType", refusals);
        var taskType = Text(parameters.TaskType, "taskType", MaxTaskTypeLength, refusals);
        var reference = Text(parameters.Case, "case", MaxCaseReferenceLength, refusals)?.ToUpperInvariant();
        var search = Text(parameters.Q, "q", MaxSearchLength, refusals);
        if (search is not null && search.Any(char.IsAsciiDigit) && Shared.NissQuery.Read(search, out _, "q") is { } notNiss)
        {
            refusals.Add(notNiss);
        }

        Guid? caseId = null;
        if (!string.IsNullOrWhiteSpace(parameters.CaseId))
        {
            if (Guid.TryParse(parameters.CaseId.Trim(), out var id))
            {
                caseId = id;
            }
            else
            {
                refusals.Add(new Refusal("caseId", RuleCodes.UnknownValue, $"'{parameters.CaseId}' is not a case id.", parameters.CaseId));
            }
        }

        var overdue = false;
        if (!string.IsNullOrWhiteSpace(parameters.Overdue) && !bool.TryParse(parameters.Overdue.Trim(), out overdue))
        {
            refusals.Add(new Refusal("overdue", FormErrorCodes.Flag, "'overdue' must be true or false."));
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(parameters.Page))
        {
            if (!int.TryParse(parameters.Page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1)
            {
                refusals.Add(new Refusal("page", FormErrorCodes.Min, "'page' must be at least 1.", 1m));
            }
            else if (page > MaxPage)
            {
                refusals.Add(new Refusal("page", FormErrorCodes.Max, $"'page' must be at most {MaxPage}.", (decimal)MaxPage));
            }
        }

        return refusals.Count > before
            ? (tab, None)
            : (tab, new InboxCriteria(requestType, taskType, reference, overdue) { CaseId = caseId, Page = page, Search = search });
    }

    /// <summary>Reads the filters' form: an unknown request type or an empty value is left out (the form offers only valid ones).</summary>
    public static InboxCriteria FromQuery(string? requestType, string? taskType, string? caseReference, bool? overdue, string? search = null) => new(
        Enum.TryParse<RequestType>(requestType, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : null,
        string.IsNullOrWhiteSpace(taskType) ? null : taskType.Trim(),
        string.IsNullOrWhiteSpace(caseReference) ? null : caseReference.Trim().ToUpperInvariant(),
        overdue == true)
    {
        Search = string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
    };

    /// <summary>The inbox's address with these criteria (and the tab, when it is not the first one).</summary>
    public string ToUri(InboxTab tab)
    {
        var query = new Dictionary<string, string?>
        {
            ["tab"] = tab == InboxTab.Mine ? null : tab.ToString().ToLowerInvariant(),
            ["q"] = Search,
            ["requestType"] = RequestType?.ToString(),
            ["taskType"] = TaskType,
            ["case"] = CaseReference,
            ["caseId"] = CaseId?.ToString(),
            ["overdue"] = OverdueOnly ? "true" : null,
            ["page"] = Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/inbox", query.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value)));
    }

    public static InboxTab TabFromQuery(string? tab) =>
        Enum.TryParse<InboxTab>(tab, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen) && !int.TryParse(tab, out _) ? chosen : InboxTab.Mine;

    /// <summary>An enumeration's value by name (not by number); null when not given.</summary>
    private static T? Choose<T>(string? given, string field, ICollection<Refusal> refusals)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        if (Enum.TryParse<T>(given.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(given, out _))
        {
            return value;
        }

        refusals.Add(new Refusal(field, FormErrorCodes.Choice, $"'{field}' must be one of {string.Join(", ", Enum.GetNames<T>())}."));
        return null;
    }

    private static string? Text(string? given, string field, int maxLength, ICollection<Refusal> refusals)
    {
        var trimmed = string.IsNullOrWhiteSpace(given) ? null : given.Trim();
        if (trimmed is not null && trimmed.Length > maxLength)
        {
            refusals.Add(new Refusal(field, FormErrorCodes.MaxLength, $"'{field}' must be at most {maxLength} characters.", maxLength));
            return null;
        }

        return trimmed;
    }
}

/// <summary>The inbox's parameters as they come, in the page's URL or the API's query (all text: <see cref="InboxCriteria.Read"/> checks them).</summary>
public sealed record InboxParameters(string? Tab, string? RequestType, string? TaskType, string? Case, string? CaseId, string? Overdue, string? Page, string? Q = null);
