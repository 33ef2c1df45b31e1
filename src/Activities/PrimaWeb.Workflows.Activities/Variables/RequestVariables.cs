using System.Globalization;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>
/// The variables the API sets when it starts a request's instance, and how a step reads them: a missing one faults the
/// step with its name.
/// </summary>
public sealed class RequestVariables
{
    public static readonly WorkflowVariable<string?> TenantId = new("tenantId", "The CPAS (tenant) that owns the request.") { SetAtStart = true };

    public static readonly WorkflowVariable<Guid?> CaseId = new("caseId", "The case the request belongs to.") { SetAtStart = true };

    public static readonly WorkflowVariable<Guid?> RequestId = new("requestId", "The request the instance runs.") { SetAtStart = true };

    public static readonly WorkflowVariable<Domain.Requests.RequestType?> RequestType = new("requestType", "The request's type.") { SetAtStart = true };

    public static readonly WorkflowVariable<DateOnly?> ReceivedOn = new("receivedOn", "The day the CPAS received the request; the legal deadlines run from it.") { SetAtStart = true };

    public static readonly WorkflowVariable<Guid?> MainPersonId = new("mainPersonId", "The person who asks (the case's main person).") { SetAtStart = true };

    public static readonly WorkflowVariable<Domain.Common.Language?> Language = new("language", "The person's language: letters are written in it.") { SetAtStart = true };

    public static readonly WorkflowVariable<string?> SocialWorker = new("socialWorker", "The case's social worker (user id): the social worker's tasks are assigned to them.") { SetAtStart = true };

    private readonly ActivityContext _context;

    private RequestVariables(ActivityContext context)
    {
        _context = context;
    }

    /// <summary>Every start variable; a step reading the request through <see cref="Of"/> declares it reads them.</summary>
    public static IReadOnlyList<WorkflowVariable> All { get; } = [TenantId, CaseId, RequestId, RequestType, ReceivedOn, MainPersonId, Language, SocialWorker];

    public static VariableFamily Family { get; } = new("Request", "Set by the API when it starts a request's instance (RequestFiling).", All);

    public string Tenant => Text(TenantId) ?? _context.TenantId ?? throw Missing(TenantId);

    public Guid Case => Id(CaseId);

    public Guid Request => Id(RequestId);

    public Guid MainPerson => Id(MainPersonId);

    public DateOnly Received => _context.Get(ReceivedOn) ?? throw Missing(ReceivedOn);

    public Domain.Requests.RequestType Type => _context.Get(RequestType) ?? throw Missing(RequestType);

    public Domain.Common.Language PreferredLanguage => _context.Get(Language) ?? Domain.Common.Language.Fr;

    public string? SocialWorkerId => Text(SocialWorker);

    /// <summary>Who is recorded as the author of the step's records: the burst's actor, else "system".</summary>
    public string Author => string.IsNullOrWhiteSpace(_context.Actor) ? "system" : _context.Actor;

    public static RequestVariables Of(ActivityContext context) => new(context);

    /// <summary>The start variables of a request's instance, as the API gives them to the engine.</summary>
    public static JsonObject Start(
        string tenant, Guid caseId, Guid requestId, Domain.Requests.RequestType type, DateOnly receivedOn, Guid mainPersonId, Domain.Common.Language language, string? socialWorker) => new()
        {
            [TenantId.Name] = TenantId.ToJson(tenant),
            [CaseId.Name] = CaseId.ToJson(caseId),
            [RequestId.Name] = RequestId.ToJson(requestId),
            [RequestType.Name] = RequestType.ToJson(type),
            [ReceivedOn.Name] = ReceivedOn.ToJson(receivedOn),
            [MainPersonId.Name] = MainPersonId.ToJson(mainPersonId),
            [Language.Name] = Language.ToJson(language),
            [SocialWorker.Name] = SocialWorker.ToJson(socialWorker),
        };

    public static DateOnly ParseDate(string text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidOperationException($"'{name}' must be a date (yyyy-MM-dd), not '{text}'.");

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string? Text(WorkflowVariable<string?> variable) => _context.Get(variable) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    private Guid Id(WorkflowVariable<Guid?> variable) => _context.Get(variable) is { } id && id != Guid.Empty ? id : throw Missing(variable);

    private static InvalidOperationException Missing(WorkflowVariable variable) =>
        new($"The workflow variable '{variable.Name}' is missing or invalid; the API sets it when it starts the request's instance.");
}
