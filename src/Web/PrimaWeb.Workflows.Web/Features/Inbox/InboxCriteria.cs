using Microsoft.AspNetCore.WebUtilities;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>
/// What the inbox is narrowed to, kept in the page's URL query (<c>?requestType=Dis&amp;taskType=…&amp;case=NA-2026-0001&amp;overdue=true</c>)
/// so that a refresh or a shared link shows the same list. The list is always sorted by due date (none last), then priority.
/// </summary>
public sealed record InboxCriteria(RequestType? RequestType = null, string? TaskType = null, string? CaseReference = null, bool OverdueOnly = false)
{
    public static InboxCriteria None { get; } = new();

    public bool IsEmpty => this == None;

    /// <summary>Reads the URL's values; an unknown request type or an empty value is ignored rather than refused.</summary>
    public static InboxCriteria FromQuery(string? requestType, string? taskType, string? caseReference, bool? overdue) => new(
        Enum.TryParse<RequestType>(requestType, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : null,
        string.IsNullOrWhiteSpace(taskType) ? null : taskType.Trim(),
        string.IsNullOrWhiteSpace(caseReference) ? null : caseReference.Trim().ToUpperInvariant(),
        overdue == true);

    /// <summary>The inbox's address with these criteria (and the tab, when it is not the first one).</summary>
    public string ToUri(InboxTab tab)
    {
        var query = new Dictionary<string, string?>
        {
            ["tab"] = tab == InboxTab.Mine ? null : tab.ToString().ToLowerInvariant(),
            ["requestType"] = RequestType?.ToString(),
            ["taskType"] = TaskType,
            ["case"] = CaseReference,
            ["overdue"] = OverdueOnly ? "true" : null,
        };
        return QueryHelpers.AddQueryString("/inbox", query.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value)));
    }

    public static InboxTab TabFromQuery(string? tab) =>
        string.Equals(tab, nameof(InboxTab.Team), StringComparison.OrdinalIgnoreCase) ? InboxTab.Team : InboxTab.Mine;
}
