using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Expressions;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Versioning;
using PrimaWeb.Workflows.Web.Features.Workflows.Simulation;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// The analysts' one service, for the designer's screens (through <see cref="IWorkflowDesignApi"/>) and for
/// <c>/api/workflow</c>: definitions are the same for every CPAS, so nothing here is filtered by tenant; every change is
/// made under the signed-in analyst's name and the catalog audits publications, retirements and migrations.
/// </summary>
internal sealed partial class WorkflowDesign(
    DefinitionCatalog catalog,
    DefinitionValidator validator,
    IActivityRegistry registry,
    IExpressionEvaluator expressions,
    IWorkflowStore store,
    InstanceMigrator migrator,
    MigrationBatchRunner batches,
    SimulationLab simulations,
    PrimaWebDbContext db,
    ICurrentUser user,
    TimeProvider clock) : IWorkflowDesignApi
{
    private static readonly WorkflowStatus[] Running = [WorkflowStatus.Running, WorkflowStatus.Suspended, WorkflowStatus.Faulted];

    public Task<IReadOnlyList<ActivityDescriptorDto>> ListActivitiesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ActivityDescriptorDto>>([.. registry.List().Select(ActivityDescriptors.ToDto)]);

    public async Task<IReadOnlyList<DefinitionSummaryDto>> ListDefinitionsAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Set<StoredDefinition>().AsNoTracking().OrderBy(d => d.DefinitionId).ThenBy(d => d.Version).ToListAsync(cancellationToken);
        var running = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => Running.Contains(i.Status))
            .GroupBy(i => new { i.DefinitionId, i.DefinitionVersion })
            .Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. stored.Select(d => Summary(d, running.FirstOrDefault(r => r.DefinitionId == d.DefinitionId && r.DefinitionVersion == d.Version)?.Count ?? 0))];
    }

    public async Task<DefinitionDocumentDto> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(definitionId, version, cancellationToken);
        return new DefinitionDocumentDto(stored.DefinitionId, stored.Version, DefinitionJson.StatusName(stored.Status), stored.Revision, stored.Json);
    }

    public async Task<DraftDto> CreateDraftAsync(string definitionId, int fromVersion, CancellationToken cancellationToken)
    {
        var draft = await Refusing(() => catalog.CreateDraftAsync(definitionId, fromVersion, user.UserId, cancellationToken));
        return new DraftDto(draft.Version, draft.Revision);
    }

    public async Task<DraftDto> SaveDraftAsync(string definitionId, int version, string json, int revision, CancellationToken cancellationToken)
    {
        var saved = await Refusing(() => catalog.SaveDraftAsync(definitionId, version, json, revision, cancellationToken));
        return new DraftDto(saved.Version, saved.Revision);
    }

    public async Task<ValidationDto> ValidateAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        Validate((await FindAsync(definitionId, version, cancellationToken)).Json);

    public Task<ValidationDto> ValidateTextAsync(string json, CancellationToken cancellationToken) => Task.FromResult(Validate(json));

    public string? CheckLiquid(string source, bool template) =>
        expressions.TryParse(source ?? "", template ? ExpressionKind.Template : ExpressionKind.Value);

    public async Task<ComparisonDto> CompareAsync(string definitionId, int from, int to, CancellationToken cancellationToken)
    {
        var before = DefinitionReader.ReadOrThrow((await FindAsync(definitionId, from, cancellationToken)).Json);
        var after = DefinitionReader.ReadOrThrow((await FindAsync(definitionId, to, cancellationToken)).Json);
        var comparison = DefinitionComparison.Of(before, after);
        return new ComparisonDto(
            definitionId,
            from,
            to,
            comparison.ActivitiesAdded,
            comparison.ActivitiesRemoved,
            [.. comparison.ActivitiesChanged.Select(c => new ActivityChangeDto(
                c.Id, c.TypeBefore, c.TypeAfter, c.NameBefore, c.NameAfter, [.. c.Inputs.Select(i => new InputChangeDto(i.Name, i.Before, i.After))]))],
            [.. comparison.ConnectionsAdded.Select(ToDto)],
            [.. comparison.ConnectionsRemoved.Select(ToDto)],
            comparison.VariablesAdded,
            comparison.VariablesRemoved);
    }

    public async Task<DefinitionSummaryDto> PublishAsync(string definitionId, int version, DateOnly effectiveFrom, CancellationToken cancellationToken)
    {
        // The law takes effect on a day to come (or today): a version in force yesterday would have run requests already filed.
        var today = LegalClock.Today(clock);
        if (effectiveFrom < today)
        {
            throw new DesignRefusalException(
                DesignRefusalKind.Invalid,
                "EffectiveDateInThePast",
                $"The effective date {effectiveFrom:yyyy-MM-dd} is before today ({today:yyyy-MM-dd}).",
                [new DefinitionErrorDto("EffectiveDateInThePast", "$.effectiveFrom", null, null, $"Must be {today:yyyy-MM-dd} or later.")]);
        }

        await Refusing(() => catalog.PublishAsync(definitionId, version, effectiveFrom, user.UserId, cancellationToken));
        return await SummaryAsync(definitionId, version, cancellationToken);
    }

    public async Task<DefinitionSummaryDto> RetireAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        await Refusing(async () =>
        {
            await catalog.RetireAsync(definitionId, version, user.UserId, cancellationToken);
            return 0;
        });
        return await SummaryAsync(definitionId, version, cancellationToken);
    }

    public async Task<IReadOnlyList<DefinitionEventDto>> ListEventsAsync(string definitionId, CancellationToken cancellationToken) =>
        [.. (await store.ListDefinitionEventsAsync(definitionId, cancellationToken))
            .Select(e => new DefinitionEventDto(e.Version, e.Kind.ToString(), e.Actor, e.At, e.Detail))];

    public Task<IReadOnlyList<SimulatedPersonDto>> ListSimulatedPersonsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SimulatedPersonDto>>([.. SimulationSession.Adults().Take(50)
            .Select(p => new SimulatedPersonDto(p.Niss.ToString(), $"{p.Name.FirstName} {p.Name.LastName}", p.BirthDate.ToDateOrFirst()))]);

    public async Task<SimulationDto> StartSimulationAsync(SimulationRequestDto request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = await RunnableAsync(request.DefinitionId, request.Version, cancellationToken);
        var main = request.PersonNiss is { Length: > 0 } niss ? SimulatedPerson(niss, "personNiss") : SimulationSession.Adults().First();
        var household = (request.Household ?? []).Select((n, i) => SimulatedPerson(n, $"household[{i}]")).ToList();
        var session = await simulations.StartAsync(definition, main, household, request.ReceivedOn ?? LegalClock.Today(clock), cancellationToken);
        return await session.SnapshotAsync(cancellationToken);
    }

    public Task<SimulationDto> GetSimulationAsync(Guid simulationId, CancellationToken cancellationToken) => Session(simulationId).SnapshotAsync(cancellationToken);

    public async Task<SimulationDto> AdvanceSimulationAsync(Guid simulationId, string by, CancellationToken cancellationToken)
    {
        if (!IsoDuration.TryParse(by, out var duration) || duration.AddTo(DateTimeOffset.UnixEpoch) <= DateTimeOffset.UnixEpoch)
        {
            throw new DesignRefusalException(DesignRefusalKind.Invalid, "InvalidDuration", $"'{by}' is not an ISO 8601 duration such as P1D or PT12H.",
                [new DefinitionErrorDto("InvalidDuration", "by", null, null, "An ISO 8601 duration such as P1D, PT12H or P1M.")]);
        }

        var session = Session(simulationId);
        var now = (await session.SnapshotAsync(cancellationToken)).Now;
        return await session.AdvanceAsync(duration.AddTo(now) - now, cancellationToken);
    }

    public async Task<SimulationDto> AnswerSimulatedTaskAsync(Guid simulationId, Guid taskId, JsonObject payload, CancellationToken cancellationToken)
    {
        var (snapshot, errors) = await Session(simulationId).AnswerAsync(taskId, payload, cancellationToken);
        return snapshot ?? throw (errors is ["UnknownTask"]
            ? new DesignRefusalException(DesignRefusalKind.NotFound, "UnknownTask", $"The simulation has no open task {taskId}.")
            : new DesignRefusalException(DesignRefusalKind.Invalid, "TaskRefused", string.Join(" ", errors),
                [.. errors.Select(e => new DefinitionErrorDto("TaskRefused", "payload", null, null, e))]));
    }

    public async Task<IReadOnlyList<MigrationCandidateDto>> ListMigrationCandidatesAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        await FindAsync(definitionId, version, cancellationToken);
        return [.. (await migrator.ListCandidatesAsync(definitionId, version, cancellationToken))
            .Select(c => new MigrationCandidateDto(c.InstanceId, c.TenantId, c.CorrelationKey, c.CreatedAt, c.Status.ToString(), c.WaitingAt))];
    }

    public async Task<MigrationDryRunDto> DryRunMigrationAsync(MigrationRequestDto request, CancellationToken cancellationToken)
    {
        var report = await Refusing(async () => await migrator.DryRunAsync(await PlanAsync(request, cancellationToken), cancellationToken));
        return new MigrationDryRunDto(report.Movable, report.Blocked, [.. report.Instances.Select(i => new InstanceVerdictDto(
            i.InstanceId, i.CanMigrate, [.. i.Moves.Select(m => m.From == m.To ? m.From : $"{m.From} -> {m.To}")], i.Reasons,
            [.. i.Refusals.Select(r => new MigrationRefusalDto(r.Kind.ToString(), r.From, r.To))]))]);
    }

    public async Task<MigrationBatchDto> StartMigrationAsync(MigrationRequestDto request, CancellationToken cancellationToken)
    {
        var batch = await Refusing(async () => await batches.StartAsync(await PlanAsync(request, cancellationToken), user.UserId, cancellationToken));
        return await GetMigrationAsync(batch.Id, cancellationToken);
    }

    public async Task<MigrationBatchDto> GetMigrationAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await store.FindMigrationBatchAsync(batchId, cancellationToken)
            ?? throw new DesignRefusalException(DesignRefusalKind.NotFound, "UnknownMigration", $"No migration batch {batchId}.");
        var items = await store.ListMigrationBatchItemsAsync(batchId, cancellationToken);
        return new MigrationBatchDto(
            batch.Id,
            batch.DefinitionId,
            batch.FromVersion,
            batch.ToVersion,
            batch.Status.ToString(),
            batch.CreatedBy,
            batch.CreatedAt,
            batch.FinishedAt,
            batch.Total,
            items.Count(i => i.Status == MigrationItemStatus.Moved),
            items.Count(i => i.Status == MigrationItemStatus.Refused),
            items.Count(i => i.Status == MigrationItemStatus.Pending),
            [.. items.Select(i => new MigrationItemDto(i.InstanceId, i.Status.ToString(), i.Detail, i.At))]);
    }

    /// <summary>The errors of a definition's text: its shape first (the reader), then every rule (the validator).</summary>
    internal ValidationDto Validate(string json)
    {
        var read = DefinitionReader.Read(json);
        if (!read.Succeeded)
        {
            return new ValidationDto([.. read.Errors.Select(e => ToDto(e, null))]);
        }

        return new ValidationDto([.. validator.Validate(read.Definition!).Select(e => ToDto(e, read.Definition))]);
    }

    /// <summary>The error with the activity and input its path names (a connection's error belongs to the activity it leaves).</summary>
    internal static DefinitionErrorDto ToDto(DefinitionError error, WorkflowDefinition? definition)
    {
        string? activity = null;
        string? input = null;
        var match = PathPattern().Match(error.Path);
        if (match.Success && definition is not null)
        {
            var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["list"].Value == "activities" && index < definition.Activities.Count)
            {
                activity = definition.Activities[index].Id;
                input = match.Groups["input"].Success ? match.Groups["input"].Value : null;
            }
            else if (match.Groups["list"].Value == "connections" && index < definition.Connections.Count)
            {
                activity = definition.Connections[index].From;
            }
        }

        return new DefinitionErrorDto(error.Code.ToString(), error.Path, activity, input, error.Message);
    }

    private static ConnectionDto ToDto(Connection connection) => new(connection.From, connection.Outcome, connection.To);

    private static DefinitionSummaryDto Summary(StoredDefinition stored, int running)
    {
        var name = DefinitionReader.Read(stored.Json).Definition?.Name ?? stored.DefinitionId;
        return new DefinitionSummaryDto(
            stored.DefinitionId, stored.Version, name, DefinitionJson.StatusName(stored.Status), stored.EffectiveFrom, stored.PublishedAt, stored.RetiredAt,
            stored.Revision, running);
    }

    private static Simulator.Population.SimulatedPerson SimulatedPerson(string text, string field) =>
        Niss.TryParse(text, out var niss) && SimulationSession.Population.Find(niss) is { } person
            ? person
            : throw new DesignRefusalException(DesignRefusalKind.Invalid, "UnknownSimulatedPerson", $"'{text}' is not a person of the simulated population.",
                [new DefinitionErrorDto("UnknownSimulatedPerson", field, null, null, "Choose a person of the simulated population.")]);

    [GeneratedRegex(@"^\$\.(?<list>activities|connections)\[(?<index>\d+)\](?:\.inputs\.(?<input>[^.\[]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();

    private async Task<DefinitionSummaryDto> SummaryAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        (await ListDefinitionsAsync(cancellationToken)).First(d => d.Id == definitionId && d.Version == version);

    private async Task<StoredDefinition> FindAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        await db.Set<StoredDefinition>().AsNoTracking().FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken)
            ?? throw new DesignRefusalException(DesignRefusalKind.NotFound, "NotFound", $"No definition {definitionId} v{version}.");

    private async Task<WorkflowDefinition> RunnableAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var json = (await FindAsync(definitionId, version, cancellationToken)).Json;
        var errors = Validate(json).Errors;
        return errors.Count == 0
            ? DefinitionReader.ReadOrThrow(json)
            : throw new DesignRefusalException(DesignRefusalKind.Invalid, "InvalidDefinition", $"{definitionId} v{version} has {errors.Count} error(s): fix them before simulating.", errors);
    }

    private async Task<MigrationPlan> PlanAsync(MigrationRequestDto request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await FindAsync(request.DefinitionId, request.FromVersion, cancellationToken);
        await FindAsync(request.DefinitionId, request.ToVersion, cancellationToken);
        return new MigrationPlan(
            request.DefinitionId,
            request.FromVersion,
            request.ToVersion,
            (request.Mapping ?? new Dictionary<string, string>()).Where(m => !string.IsNullOrWhiteSpace(m.Value)).ToDictionary(StringComparer.Ordinal))
        {
            Instances = request.Instances is { Count: > 0 } chosen ? chosen.ToHashSet() : null,
        };
    }

    private SimulationSession Session(Guid simulationId) =>
        simulations.Find(simulationId) ?? throw new DesignRefusalException(DesignRefusalKind.NotFound, "UnknownSimulation", $"No simulation {simulationId} (they end after 30 minutes unused).");

    /// <summary>The engine's refusals as the designer's: unknown (404), wrong status or stale (409), unreadable (400 with JSON paths).</summary>
    private static async Task<T> Refusing<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DefinitionCatalogException refusal)
        {
            throw new DesignRefusalException(
                refusal.Reason == CatalogRefusal.NotFound ? DesignRefusalKind.NotFound : DesignRefusalKind.Conflict, refusal.Reason.ToString(), refusal.Message);
        }
        catch (DefinitionException invalid)
        {
            throw new DesignRefusalException(DesignRefusalKind.Invalid, "InvalidDefinition", invalid.Message, [.. invalid.Errors.Select(e => ToDto(e, null))]);
        }
        catch (WorkflowConcurrencyException stale)
        {
            throw new DesignRefusalException(DesignRefusalKind.Conflict, CatalogRefusal.StaleRevision.ToString(), stale.Message);
        }
    }
}
