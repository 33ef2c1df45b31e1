using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Hosting;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// The designer's API (functional analysts only; definitions are the same for every CPAS, so no route names a tenant):
/// drafts, their text, validation, comparison, publication and retirement, simulations and migrations. Refusals are
/// problem documents: 404 unknown, 409 a published text or a stale revision, 400 with the JSON path of each error.
/// </summary>
internal static class DesignEndpoints
{
    public static IEndpointRouteBuilder MapDesignEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workflow")
            .WithTags("Workflow design")
            .RequireAuthorization(Policies.DesignWorkflows)
            .WithPrimaWebProblems()
            .AddEndpointFilter<DesignRefusalFilter>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();

        group.MapPost("/definitions/{id}/drafts", CreateDraftAsync)
            .WithName("CreateWorkflowDraft")
            .WithSummary("Makes a draft of the next version from an existing version ({ \"fromVersion\": n }).")
            .WithDescription("201 with { version, revision } and the draft's address. The draft has the source's graph, status draft, and is numbered after the highest stored version.");

        group.MapGet("/definitions/{id}/versions/{version:int}", GetVersionAsync)
            .WithName("GetWorkflowVersion")
            .WithSummary("One version's JSON, exactly the form of definitions/<id>/v<n>.json; its revision in the ETag.")
            .WithDescription("A published version's text is the file to commit under definitions/: the start-up import reads it back unchanged.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json");

        group.MapPut("/definitions/{id}/versions/{version:int}", SaveDraftAsync)
            .WithName("SaveWorkflowDraft")
            .WithSummary("Saves a draft's JSON. Send the revision read (ETag) in If-Match.")
            .WithDescription("409 when the revision is stale or the version is not a draft; 400 with the JSON path of each error when the text does not read; 428 without If-Match. A draft may still break rules: validate says what is left.")
            .Accepts<JsonObject>("application/json")
            .WithMetadata(new OwnBodyReader())
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/definitions/{id}/versions/{version:int}/validate", ValidateAsync)
            .WithName("ValidateWorkflowVersion")
            .WithSummary("Every error of a version with its JSON path and the activity and input it concerns; an empty list when valid.");

        group.MapGet("/definitions/{id}/diff", CompareAsync)
            .WithName("CompareWorkflowVersions")
            .WithSummary("What changed from ?from= to ?to=: activities added, removed and changed (input by input), connections added and removed.");

        group.MapPost("/definitions/{id}/versions/{version:int}/publish", PublishAsync)
            .WithName("PublishWorkflowVersion")
            .WithSummary("Publishes a draft, in force from { \"effectiveFrom\": \"yyyy-MM-dd\" } (today or later). Audited.")
            .WithDescription("Requests received on or after that date run this version; those received before run the version in force then. 400 when the date has passed or the draft has errors; 409 when not a draft.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/definitions/{id}/versions/{version:int}/retire", RetireAsync)
            .WithName("RetireWorkflowVersion")
            .WithSummary("Retires a published version: no new starts; running instances go on. Audited.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/definitions/{id}/events", ListEventsAsync)
            .WithName("ListWorkflowDefinitionEvents")
            .WithSummary("The audit of a definition: drafts made, publications, retirements, migrations (who, when, what), newest first.");

        group.MapGet("/definitions/{id}/versions/{version:int}/instances", ListCandidatesAsync)
            .WithName("ListWorkflowMigrationCandidates")
            .WithSummary("The running instances of a version (every CPAS) with when they started and where they wait, to choose which to migrate.");

        group.MapGet("/simulations/persons", ListPersonsAsync)
            .WithName("ListSimulatedPersons")
            .WithSummary("Persons of the simulated population a simulation may use (fictitious).");

        group.MapPost("/simulations", StartSimulationAsync)
            .WithName("StartWorkflowSimulation")
            .WithSummary("Runs a version (a draft too) for a simulated person on a virtual clock, in memory: no real case, no federal service.")
            .WithDescription("201 with where it stands: the path taken, the open tasks with their forms, the forms sent, the letters rendered, the timers and where it waits.");

        group.MapGet("/simulations/{simulationId:guid}", GetSimulationAsync)
            .WithName("GetWorkflowSimulation")
            .WithSummary("Where a simulation stands.");

        group.MapPost("/simulations/{simulationId:guid}/advance", AdvanceSimulationAsync)
            .WithName("AdvanceWorkflowSimulation")
            .WithSummary("Moves the virtual clock by { \"by\": \"P1D\" } and runs what became due (timers, the SPP-IS's answers).");

        group.MapPost("/simulations/{simulationId:guid}/tasks/{taskId:guid}", AnswerTaskAsync)
            .WithName("AnswerSimulatedTask")
            .WithSummary("Answers an open task of the simulation with its form's payload; 400 with the form's errors.");

        group.MapPost("/migrations/dry-run", DryRunAsync)
            .WithName("DryRunWorkflowMigration")
            .WithSummary("For each chosen instance (all running ones of fromVersion when none are named): whether it can move to toVersion with the mapping, its moves, or why not. Changes nothing.");

        group.MapPost("/migrations", StartMigrationAsync)
            .WithName("StartWorkflowMigration")
            .WithSummary("Starts a migration batch in the background (one instance per commit, resumable after a restart). Audited.")
            .WithDescription("202 with the batch and its address; GET it for the progress and each instance's result.");

        group.MapGet("/migrations/{batchId:guid}", GetMigrationAsync)
            .WithName("GetWorkflowMigration")
            .WithSummary("A migration batch's progress: moved, refused, pending, and each instance's result.");

        return endpoints;
    }

    internal static async Task<Created<DraftDto>> CreateDraftAsync(string id, CreateDraftDto body, WorkflowDesign design, CancellationToken cancellationToken)
    {
        var draft = await design.CreateDraftAsync(id, body.FromVersion, cancellationToken);
        return TypedResults.Created($"/api/workflow/definitions/{id}/versions/{draft.Version}", draft);
    }

    internal static async Task<IResult> GetVersionAsync(string id, int version, WorkflowDesign design, HttpResponse response, CancellationToken cancellationToken)
    {
        var document = await design.GetVersionAsync(id, version, cancellationToken);
        response.Headers.ETag = $"\"{document.Revision}\"";
        return TypedResults.Text(document.Json, "application/json", Encoding.UTF8);
    }

    internal static async Task<Results<Ok<DraftDto>, ProblemHttpResult>> SaveDraftAsync(
        string id, int version, HttpRequest request, WorkflowDesign design, IStringLocalizer<DesignerTexts> texts, CancellationToken cancellationToken)
    {
        if (!TryReadRevision(request, out var revision))
        {
            // Without the revision read, a save could overwrite another analyst's.
            AnswerCulture.Apply(request.HttpContext);
            return TypedResults.Problem(detail: texts["Refusal_RevisionRequired"], statusCode: StatusCodes.Status428PreconditionRequired);
        }

        if (await ReadWithinLimitAsync(request.Body, cancellationToken) is not { } json)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        return TypedResults.Ok(await design.SaveDraftAsync(id, version, json, revision, cancellationToken));
    }

    internal static async Task<Ok<ValidationDto>> ValidateAsync(string id, int version, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.ValidateAsync(id, version, cancellationToken));

    internal static async Task<Ok<ComparisonDto>> CompareAsync(string id, int from, int to, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.CompareAsync(id, from, to, cancellationToken));

    internal static async Task<Ok<DefinitionSummaryDto>> PublishAsync(string id, int version, PublishDto body, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.PublishAsync(id, version, body.EffectiveFrom, cancellationToken));

    internal static async Task<Ok<DefinitionSummaryDto>> RetireAsync(string id, int version, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.RetireAsync(id, version, cancellationToken));

    internal static async Task<Ok<IReadOnlyList<DefinitionEventDto>>> ListEventsAsync(string id, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.ListEventsAsync(id, cancellationToken));

    internal static async Task<Ok<IReadOnlyList<MigrationCandidateDto>>> ListCandidatesAsync(string id, int version, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.ListMigrationCandidatesAsync(id, version, cancellationToken));

    internal static async Task<Ok<IReadOnlyList<SimulatedPersonDto>>> ListPersonsAsync(WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.ListSimulatedPersonsAsync(cancellationToken));

    internal static async Task<Created<SimulationDto>> StartSimulationAsync(SimulationRequestDto body, WorkflowDesign design, CancellationToken cancellationToken)
    {
        var simulation = await design.StartSimulationAsync(body, cancellationToken);
        return TypedResults.Created($"/api/workflow/simulations/{simulation.Id}", simulation);
    }

    internal static async Task<Ok<SimulationDto>> GetSimulationAsync(Guid simulationId, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.GetSimulationAsync(simulationId, cancellationToken));

    internal static async Task<Ok<SimulationDto>> AdvanceSimulationAsync(Guid simulationId, AdvanceClockDto body, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.AdvanceSimulationAsync(simulationId, body.By, cancellationToken));

    internal static async Task<Ok<SimulationDto>> AnswerTaskAsync(Guid simulationId, Guid taskId, JsonObject payload, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.AnswerSimulatedTaskAsync(simulationId, taskId, payload, cancellationToken));

    internal static async Task<Ok<MigrationDryRunDto>> DryRunAsync(MigrationRequestDto body, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.DryRunMigrationAsync(body, cancellationToken));

    internal static async Task<Accepted<MigrationBatchDto>> StartMigrationAsync(MigrationRequestDto body, WorkflowDesign design, CancellationToken cancellationToken)
    {
        var batch = await design.StartMigrationAsync(body, cancellationToken);
        return TypedResults.Accepted($"/api/workflow/migrations/{batch.Id}", batch);
    }

    internal static async Task<Ok<MigrationBatchDto>> GetMigrationAsync(Guid batchId, WorkflowDesign design, CancellationToken cancellationToken) =>
        TypedResults.Ok(await design.GetMigrationAsync(batchId, cancellationToken));

    /// <summary>The body as text, or null when it is larger than any definition may be.</summary>
    private static async Task<string?> ReadWithinLimitAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ApiLimits.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static bool TryReadRevision(HttpRequest request, out int revision)
    {
        revision = 0;
        var header = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return int.TryParse(header.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out revision);
    }
}
