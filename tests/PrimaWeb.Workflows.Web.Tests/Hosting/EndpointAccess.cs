using PrimaWeb.Workflows.Domain.Staff;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// What each mapped endpoint of the host must allow, one row per endpoint as routing lists it (its verbs and route
/// pattern): who may call it (<see cref="EndpointRule.Allowed"/>; null for everyone, signed in or not), the request the
/// role test sends, and how it keeps another CPAS's data out (<see cref="EndpointRule.Tenant"/>) with the request that
/// tries. <see cref="EndpointAccessTests"/> fails on a mapped endpoint without a row, and on a row without an endpoint.
/// A new endpoint gets its row here with the rule it is meant to follow, so that both tests then hold it to it.
/// </summary>
internal static class EndpointAccess
{
    private static readonly string[] WorkCases = [Roles.SocialWorker, Roles.Manager];
    private static readonly string[] CpasUsers = [.. Roles.All];
    private static readonly string[] Managers = [Roles.Manager];
    private static readonly string[] Analysts = [Roles.FunctionalAnalyst];
    private static readonly string[] Administrators = [Roles.Administrator];

    private const string Unknown = "00000000-0000-0000-0000-00000000a404";
    private const string ReassignBody = "{\"expectedRevision\": 1, \"operationId\": \"endpoint-access\", \"assignee\": \"namur-social-worker\"}";
    private const string TaskBody = "{\"expectedRevision\": 1, \"operationId\": \"endpoint-access\"}";

    public static IReadOnlyList<EndpointRule> Rules { get; } =
    [
        // The API: every endpoint names its policy; another CPAS's object answers 404, a list shows only the user's CPAS.
        new("GET", "/api/persons/", WorkCases, _ => "/api/persons?niss=85073003328", TenantCheck.OwnOnly, s => $"/api/persons?niss={s.OtherPersonNiss}"),
        new("GET", "/api/persons/search", WorkCases, _ => "/api/persons/search?lastName=Martin&birthDate=1985-07-30", TenantCheck.OwnOnly,
            _ => "/api/persons/search?lastName=Janssens&birthDate=1975-01-01"),
        new("POST", "/api/persons/bis", WorkCases, _ => "/api/persons/bis", TenantCheck.NoOtherCpasId, Body: "{}",
            Reason: "registers a person in the signed-in user's CPAS; takes no id of any CPAS's record"),
        new("GET", "/api/cases/", WorkCases, _ => "/api/cases", TenantCheck.OwnOnly, _ => "/api/cases"),
        new("POST", "/api/cases/", WorkCases, _ => "/api/cases", TenantCheck.OwnOnly, _ => "/api/cases", Body: "{}",
            TenantBody: s => $"{{\"niss\": \"{s.OtherPersonNiss}\"}}"),
        new("GET", "/api/cases/{caseId:guid}", WorkCases, _ => $"/api/cases/{Unknown}", TenantCheck.NotFound, s => $"/api/cases/{s.OtherCase}"),
        new("PUT", "/api/cases/{caseId:guid}/household/de-facto", WorkCases, _ => $"/api/cases/{Unknown}/household/de-facto", TenantCheck.NotFound,
            s => $"/api/cases/{s.OtherCase}/household/de-facto", Body: "{}",
            TenantBody: s => $"{{\"members\": [{{\"niss\": \"{s.OtherPersonNiss}\", \"relation\": \"MainPerson\", \"from\": \"2024-01-01\"}}]}}"),
        new("POST", "/api/cases/{caseId:guid}/household/official/refresh", WorkCases, _ => $"/api/cases/{Unknown}/household/official/refresh",
            TenantCheck.NotFound, s => $"/api/cases/{s.OtherCase}/household/official/refresh"),
        new("GET", "/api/cases/{caseId:guid}/persons/{personId:guid}/integrations", WorkCases, _ => $"/api/cases/{Unknown}/persons/{Unknown}/integrations",
            TenantCheck.NotFound, s => $"/api/cases/{s.OtherCase}/persons/{Unknown}/integrations"),
        new("POST", "/api/cases/{caseId:guid}/persons/{personId:guid}/consultations", WorkCases, _ => $"/api/cases/{Unknown}/persons/{Unknown}/consultations",
            TenantCheck.NotFound, s => $"/api/cases/{s.OtherCase}/persons/{Unknown}/consultations", Body: "{}",
            TenantBody: _ => "{\"service\": \"OCMWCPASHealthInsurance\"}"),
        new("GET", "/api/cases/flows", WorkCases, _ => "/api/cases/flows", TenantCheck.NoOtherCpasId, Reason: "the list of the gateway's investigation flows, the same for every CPAS"),
        new("POST", "/api/cases/{caseId:guid}/requests/", WorkCases, _ => $"/api/cases/{Unknown}/requests", TenantCheck.NotFound,
            s => $"/api/cases/{s.OtherCase}/requests", Body: "{}", TenantBody: _ => "{\"type\": \"Dis\", \"receivedOn\": \"2026-01-05\"}"),
        new("GET", "/api/cases/{caseId:guid}/file", WorkCases, _ => $"/api/cases/{Unknown}/file", TenantCheck.NotFound, s => $"/api/cases/{s.OtherCase}/file"),
        new("GET", "/api/cases/{caseId:guid}/letters/{letterId:guid}", WorkCases, _ => $"/api/cases/{Unknown}/letters/{Unknown}", TenantCheck.NotFound,
            s => $"/api/cases/{s.OtherCase}/letters/{s.OtherLetter}"),
        new("GET", "/api/tasks/", WorkCases, _ => "/api/tasks", TenantCheck.OwnOnly, _ => "/api/tasks?view=team"),
        new("GET", "/api/tasks/{taskId:guid}", WorkCases, _ => $"/api/tasks/{Unknown}", TenantCheck.NotFound, s => $"/api/tasks/{s.OtherTask}"),
        new("POST", "/api/tasks/{taskId:guid}/claim", WorkCases, _ => $"/api/tasks/{Unknown}/claim", TenantCheck.NotFound,
            s => $"/api/tasks/{s.OtherTask}/claim", Body: TaskBody),
        new("POST", "/api/tasks/{taskId:guid}/release", WorkCases, _ => $"/api/tasks/{Unknown}/release", TenantCheck.NotFound,
            s => $"/api/tasks/{s.OtherTask}/release", Body: TaskBody),
        new("POST", "/api/tasks/{taskId:guid}/reassign", Managers, _ => $"/api/tasks/{Unknown}/reassign", TenantCheck.NotFound,
            s => $"/api/tasks/{s.OtherTask}/reassign", Body: ReassignBody),
        new("POST", "/api/tasks/{taskId:guid}/complete", WorkCases, _ => $"/api/tasks/{Unknown}/complete", TenantCheck.NotFound,
            s => $"/api/tasks/{s.OtherTask}/complete", Body: TaskBody),
        new("GET", "/api/persons/{niss}/audit", WorkCases, _ => "/api/persons/85073003328/audit", TenantCheck.OwnOnly,
            s => $"/api/persons/{s.OtherPersonNiss}/audit"),
        new("GET", "/api/cases/{caseId}/audit", WorkCases, _ => $"/api/cases/{Unknown}/audit", TenantCheck.OwnOnly, s => $"/api/cases/{s.OtherCase}/audit"),
        new("POST", "/api/calculations/ris", WorkCases, _ => "/api/calculations/ris", TenantCheck.NoOtherCpasId, Body: "{}",
            Reason: "computes from the body and the legal figures alone"),
        new("POST", "/api/calculations/heating-allowance", WorkCases, _ => "/api/calculations/heating-allowance", TenantCheck.NoOtherCpasId, Body: "{}",
            Reason: "computes from the body and the legal figures alone"),
        new("GET", "/api/reference-data", CpasUsers, _ => "/api/reference-data", TenantCheck.NoOtherCpasId,
            Reason: "the legal figures are the same for every CPAS"),
        new("GET", "/api/workflow/activities", Analysts, _ => "/api/workflow/activities", TenantCheck.NoOtherCpasId,
            Reason: "activity types are the same for every CPAS"),
        new("GET", "/api/workflow/activities/{type}", Analysts, _ => "/api/workflow/activities/Core.HumanTask", TenantCheck.NoOtherCpasId,
            Reason: "activity types are the same for every CPAS"),
        new("GET", "/api/workflow/definitions", Analysts, _ => "/api/workflow/definitions", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("POST", "/api/workflow/definitions/{id}/drafts", Analysts, _ => "/api/workflow/definitions/no-such-definition/drafts", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET", "/api/workflow/definitions/{id}/versions/{version:int}", Analysts, _ => "/api/workflow/definitions/no-such-definition/versions/1", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("PUT", "/api/workflow/definitions/{id}/versions/{version:int}", Analysts, _ => "/api/workflow/definitions/no-such-definition/versions/1", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("POST", "/api/workflow/definitions/{id}/versions/{version:int}/validate", Analysts, _ => "/api/workflow/definitions/no-such-definition/versions/1/validate", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET", "/api/workflow/definitions/{id}/diff", Analysts, _ => "/api/workflow/definitions/no-such-definition/diff?from=1&to=2", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("POST", "/api/workflow/definitions/{id}/versions/{version:int}/publish", Analysts, _ => "/api/workflow/definitions/no-such-definition/versions/1/publish", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("POST", "/api/workflow/definitions/{id}/versions/{version:int}/retire", Analysts, _ => "/api/workflow/definitions/no-such-definition/versions/1/retire", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET", "/api/workflow/definitions/{id}/events", Analysts, _ => "/api/workflow/definitions/no-such-definition/events", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET", "/api/workflow/definitions/{id}/versions/{version:int}/instances", Analysts, _ => "/api/workflow/definitions/no-such-definition/versions/1/instances", TenantCheck.NoOtherCpasId,
            Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET", "/api/workflow/simulations/persons", Analysts, _ => "/api/workflow/simulations/persons", TenantCheck.NoOtherCpasId,
            Reason: "the simulated population is fictitious and the same for every CPAS"),
        new("POST", "/api/workflow/simulations", Analysts, _ => "/api/workflow/simulations", TenantCheck.NoOtherCpasId,
            Reason: "runs in memory on fictitious persons: no CPAS record is read or written"),
        new("GET", "/api/workflow/simulations/{simulationId:guid}", Analysts, _ => $"/api/workflow/simulations/{Unknown}", TenantCheck.NoOtherCpasId,
            Reason: "runs in memory on fictitious persons: no CPAS record is read or written"),
        new("POST", "/api/workflow/simulations/{simulationId:guid}/advance", Analysts, _ => $"/api/workflow/simulations/{Unknown}/advance", TenantCheck.NoOtherCpasId,
            Reason: "runs in memory on fictitious persons: no CPAS record is read or written"),
        new("POST", "/api/workflow/simulations/{simulationId:guid}/tasks/{taskId:guid}", Analysts, _ => $"/api/workflow/simulations/{Unknown}/tasks/{Unknown}", TenantCheck.NoOtherCpasId,
            Reason: "runs in memory on fictitious persons: no CPAS record is read or written"),
        new("POST", "/api/workflow/migrations/dry-run", Analysts, _ => "/api/workflow/migrations/dry-run", TenantCheck.NoOtherCpasId,
            Reason: "moves the installation's workflow instances between versions of a shared definition; answers ids and activity names, no case data"),
        new("POST", "/api/workflow/migrations", Analysts, _ => "/api/workflow/migrations", TenantCheck.NoOtherCpasId,
            Reason: "moves the installation's workflow instances between versions of a shared definition; answers ids and activity names, no case data"),
        new("GET", "/api/workflow/migrations/{batchId:guid}", Analysts, _ => $"/api/workflow/migrations/{Unknown}", TenantCheck.NoOtherCpasId,
            Reason: "moves the installation's workflow instances between versions of a shared definition; answers ids and activity names, no case data"),
        new("GET", "/api/dashboard/settings", Managers, _ => "/api/dashboard/settings", TenantCheck.OwnOnly, _ => "/api/dashboard/settings"),
        new("GET", "/api/dashboard/pending-decisions", Managers, _ => "/api/dashboard/pending-decisions", TenantCheck.OwnOnly, _ => "/api/dashboard/pending-decisions"),
        new("GET", "/api/dashboard/deadlines/{rule}", Managers, _ => "/api/dashboard/deadlines/decision", TenantCheck.OwnOnly, _ => "/api/dashboard/deadlines/decision?format=csv"),
        new("GET", "/api/dashboard/sppis-refusals", Managers, _ => "/api/dashboard/sppis-refusals", TenantCheck.OwnOnly, _ => "/api/dashboard/sppis-refusals"),
        new("GET", "/api/dashboard/expiring-integrations", Managers, _ => "/api/dashboard/expiring-integrations", TenantCheck.OwnOnly, _ => "/api/dashboard/expiring-integrations"),
        new("GET", "/api/dashboard/incidents", Managers, _ => "/api/dashboard/incidents", TenantCheck.OwnOnly, _ => "/api/dashboard/incidents"),
        new("GET", "/api/dashboard/workload", Managers, _ => "/api/dashboard/workload", TenantCheck.OwnOnly, _ => "/api/dashboard/workload?format=csv"),
        new("GET", "/api/dashboard/weekly", Managers, _ => "/api/dashboard/weekly", TenantCheck.OwnOnly, _ => "/api/dashboard/weekly"),
        new("GET", "/api/dashboard/requests/{requestId:guid}/deadlines", Managers, _ => $"/api/dashboard/requests/{Unknown}/deadlines", TenantCheck.NotFound,
            s => $"/api/dashboard/requests/{s.OtherRequest}/deadlines"),
        new("GET", "/api/incidents/", Administrators, _ => "/api/incidents", TenantCheck.OwnOnly, _ => "/api/incidents"),
        new("POST", "/api/incidents/actions", Administrators, _ => "/api/incidents/actions", TenantCheck.OwnOnly, _ => "/api/incidents/actions",
            Body: $"{{\"action\": \"retry\", \"incidentIds\": [\"{Unknown}\"]}}"),

        // The screens: the page's own policy; another CPAS's record shows the not-found message and none of its data.
        new("GET,POST", "/", CpasUsers, _ => "/", TenantCheck.OwnOnly, _ => "/"),
        new("GET,POST", "/cases", WorkCases, _ => "/cases", TenantCheck.OwnOnly, _ => "/cases"),
        new("GET,POST", "/cases/{CaseId:guid}", WorkCases, _ => $"/cases/{Unknown}", TenantCheck.NotShown, s => $"/cases/{s.OtherCase}"),
        new("GET,POST", "/persons", WorkCases, _ => "/persons", TenantCheck.OwnOnly, _ => "/persons"),
        new("GET,POST", "/inbox", WorkCases, _ => "/inbox", TenantCheck.OwnOnly, _ => "/inbox?tab=team"),
        new("GET,POST", "/tasks/{TaskId:guid}", WorkCases, _ => $"/tasks/{Unknown}", TenantCheck.NotShown, s => $"/tasks/{s.OtherTask}"),
        new("GET,POST", "/dashboard", Managers, _ => "/dashboard", TenantCheck.OwnOnly, _ => "/dashboard"),
        new("GET,POST", "/designer", Analysts, _ => "/designer", TenantCheck.OwnOnly, _ => "/designer"),
        new("GET,POST", "/designer/{Id}/versions/{Version:int}", Analysts, _ => "/designer/dis/versions/1", TenantCheck.NoOtherCpasId, Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET,POST", "/designer/{Id}/compare", Analysts, _ => "/designer/dis/compare", TenantCheck.NoOtherCpasId, Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET,POST", "/designer/{Id}/versions/{Version:int}/simulation", Analysts, _ => "/designer/dis/versions/1/simulation", TenantCheck.NoOtherCpasId, Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET,POST", "/designer/{Id}/migration", Analysts, _ => "/designer/dis/migration", TenantCheck.NoOtherCpasId, Reason: "the workflow definitions are the installation's, shared by every CPAS"),
        new("GET,POST", "/reference-data", Analysts, _ => "/reference-data", TenantCheck.OwnOnly, _ => "/reference-data"),
        new("GET,POST", "/incidents", Administrators, _ => "/incidents", TenantCheck.OwnOnly, _ => "/incidents"),
        new("GET,POST", "/administration", Administrators, _ => "/administration", TenantCheck.OwnOnly, _ => "/administration"),
        new("*", "/hangfire/{**path}", Administrators, _ => "/hangfire", TenantCheck.NoOtherCpasId,
            Reason: "the installation's job dashboard: jobs carry ids only, never a person's data",
            Verbs: ["GET"]), // its POSTs carry the dashboard's own antiforgery token, which it checks after the policy

        // Open to everyone: signing in and out, the language, errors, health, the circuit and files the screens load.
        new("*", "account/sign-in", null, _ => "/account/sign-in", TenantCheck.NoOtherCpasId, Reason: "shows no CPAS data"),
        new("*", "account/sign-out", null, _ => "/account/sign-out", TenantCheck.NoOtherCpasId, Reason: "shows no CPAS data"),
        new("*", "error", null, _ => "/error", TenantCheck.NoOtherCpasId, Reason: "shows no CPAS data"),
        new("GET,POST", "/account/access-denied", null, _ => "/account/access-denied", TenantCheck.NoOtherCpasId, Reason: "shows no CPAS data"),
        new("GET,POST", "/not-found", null, _ => "/not-found", TenantCheck.NoOtherCpasId, Reason: "shows no CPAS data"),
        new("GET", "/account/language", null, _ => "/account/language?culture=nl-BE&returnUrl=/", TenantCheck.NoOtherCpasId, Reason: "sets a preference"),
        new("*", "/health", null, _ => "/health", TenantCheck.NoOtherCpasId, Reason: "says whether the process and database answer"),
        new("*", "/_blazor/negotiate", null, _ => "/_blazor/negotiate?negotiateVersion=1", TenantCheck.NoOtherCpasId,
            Reason: "the circuit's connection; each component it renders checks its own policy"),
        new("*", "/_blazor", null, _ => "/_blazor", TenantCheck.NoOtherCpasId, Reason: "the circuit's connection; each component checks its own policy"),
        new("*", "/_blazor/disconnect/", null, _ => "/_blazor/disconnect/", TenantCheck.NoOtherCpasId, Reason: "ends a circuit"),
        new("*", "/_blazor/initializers/", null, _ => "/_blazor/initializers/", TenantCheck.NoOtherCpasId, Reason: "lists the script initializers"),
        new("GET", "/_framework/opaque-redirect", null, _ => "/_framework/opaque-redirect", TenantCheck.NoOtherCpasId, Reason: "Blazor's redirection helper"),
        new("GET,HEAD", "{**path:file}", null, _ => "/no-such-file.txt", TenantCheck.NoOtherCpasId, Reason: "static files of the screens"),

        // Development only: the API's own description.
        new("GET", "/openapi/{documentName}.json", null, _ => "/openapi/v1.json", TenantCheck.NoOtherCpasId, Reason: "describes the API (Development only)"),
        new("GET", "/scalar/{documentName?}", null, _ => "/scalar", TenantCheck.NoOtherCpasId, Reason: "describes the API (Development only)"),
        new("GET", "/scalar/scalar.js", null, _ => "/scalar/scalar.js", TenantCheck.NoOtherCpasId, Reason: "describes the API (Development only)"),
        new("GET", "/scalar/scalar.aspnetcore.js", null, _ => "/scalar/scalar.aspnetcore.js", TenantCheck.NoOtherCpasId, Reason: "describes the API (Development only)"),
        new("GET", "/scalar/favicon.svg", null, _ => "/scalar/favicon.svg", TenantCheck.NoOtherCpasId, Reason: "describes the API (Development only)"),
    ];
}

/// <summary>
/// One endpoint's expectations. <see cref="Allowed"/>: the roles that may call it (null: anyone, signed in or not);
/// <see cref="Path"/>: the role test's request, with ids that exist nowhere; <see cref="Body"/>: its JSON body for a write.
/// </summary>
internal sealed record EndpointRule(
    string Methods,
    string Route,
    IReadOnlyList<string>? Allowed,
    Func<TenantSamples, string> Path,
    TenantCheck Tenant,
    Func<TenantSamples, string>? TenantPath = null,
    string? Body = null,
    Func<TenantSamples, string>? TenantBody = null,
    string? Reason = null,
    IReadOnlyList<string>? Verbs = null)
{
    public string Key => $"{Methods} {Route}";

    /// <summary>
    /// The verbs the role test sends: <see cref="Verbs"/> when given, else those mapped (GET and POST for an endpoint of any
    /// verb; HEAD left to GET).
    /// </summary>
    public IReadOnlyList<string> TestedMethods => Verbs ?? (Methods == "*" ? ["GET", "POST"] : [.. Methods.Split(',').Where(m => m != "HEAD")]);

    public bool IsApi => Route.StartsWith("/api/", StringComparison.Ordinal);
}

/// <summary>How an endpoint keeps another CPAS's data out.</summary>
internal enum TenantCheck
{
    /// <summary>Another CPAS's id answers 404, as an unknown one, and a write writes nothing.</summary>
    NotFound,

    /// <summary>A page given another CPAS's id shows the not-found message and none of that CPAS's data.</summary>
    NotShown,

    /// <summary>A list or search shows only the user's CPAS: nothing of the other CPAS appears in the answer.</summary>
    OwnOnly,

    /// <summary>Takes no id of a CPAS's record and shows none (<see cref="EndpointRule.Reason"/> says why).</summary>
    NoOtherCpasId,
}

/// <summary>Records of another CPAS (Gent) that a Namur user tries to reach, and what of Gent must never appear.</summary>
internal sealed record TenantSamples(Guid OtherCase, Guid OtherTask, Guid OtherLetter, string OtherPersonNiss, IReadOnlyList<string> OtherMarkers, Guid OtherRequest = default);
