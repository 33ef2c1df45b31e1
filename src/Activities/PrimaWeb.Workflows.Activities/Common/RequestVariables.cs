using System.Globalization;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>
/// The variables the API sets when it starts a request's instance (tenantId, caseId, requestId, requestType,
/// receivedOn, mainPersonId, language, socialWorker), read by name; a missing one faults the step with its name.
/// </summary>
public sealed class RequestVariables
{
    public const string TenantId = "tenantId";
    public const string CaseId = "caseId";
    public const string RequestId = "requestId";
    public const string RequestType = "requestType";
    public const string ReceivedOn = "receivedOn";
    public const string MainPersonId = "mainPersonId";
    public const string Language = "language";
    public const string SocialWorker = "socialWorker";

    private readonly ActivityContext _context;

    private RequestVariables(ActivityContext context)
    {
        _context = context;
    }

    public string Tenant => Text(TenantId) ?? _context.TenantId ?? throw Missing(TenantId);

    public Guid Case => Id(CaseId);

    public Guid Request => Id(RequestId);

    public Guid MainPerson => Id(MainPersonId);

    public DateOnly Received => ParseDate(Text(ReceivedOn) ?? throw Missing(ReceivedOn), ReceivedOn);

    public RequestType Type => Enum.TryParse<RequestType>(Text(RequestType), ignoreCase: true, out var type) ? type : throw Missing(RequestType);

    public Language PreferredLanguage => Enum.TryParse<Language>(Text(Language), ignoreCase: true, out var language) ? language : Domain.Common.Language.Fr;

    public string? SocialWorkerId => Text(SocialWorker);

    /// <summary>Who is recorded as the author of the step's records: the burst's actor, else "system".</summary>
    public string Author => string.IsNullOrWhiteSpace(_context.Actor) ? "system" : _context.Actor;

    public static RequestVariables Of(ActivityContext context) => new(context);

    public static DateOnly ParseDate(string text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidOperationException($"'{name}' must be a date (yyyy-MM-dd), not '{text}'.");

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string? Text(string name) => _context.GetVariable(name) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => string.IsNullOrWhiteSpace(text) ? null : text,
        var other => other.ToJsonString(),
    };

    public DateOnly? Date(string name) => Text(name) is { } text ? ParseDate(text, name) : null;

    private Guid Id(string name) =>
        Guid.TryParse(Text(name), out var id) && id != Guid.Empty ? id : throw Missing(name);

    private static InvalidOperationException Missing(string name) =>
        new($"The workflow variable '{name}' is missing or invalid; the API sets it when it starts the request's instance.");
}
