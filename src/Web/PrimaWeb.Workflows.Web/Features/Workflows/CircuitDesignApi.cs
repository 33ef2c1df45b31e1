using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// The designer's screens' access to <see cref="WorkflowDesign"/>: each call in a short scope of its own, as the
/// signed-in analyst, so that the screens and <c>/api/workflow</c> run the same code with the same refusals.
/// </summary>
internal sealed class CircuitDesignApi(UserScopes scopes) : IWorkflowDesignApi
{
    public Task<IReadOnlyList<ActivityDescriptorDto>> ListActivitiesAsync(CancellationToken cancellationToken) =>
        Run(d => d.ListActivitiesAsync(cancellationToken));

    public Task<IReadOnlyList<DefinitionSummaryDto>> ListDefinitionsAsync(CancellationToken cancellationToken) =>
        Run(d => d.ListDefinitionsAsync(cancellationToken));

    public Task<DefinitionDocumentDto> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        Run(d => d.GetVersionAsync(definitionId, version, cancellationToken));

    public Task<DraftDto> CreateDraftAsync(string definitionId, int fromVersion, CancellationToken cancellationToken) =>
        Run(d => d.CreateDraftAsync(definitionId, fromVersion, cancellationToken));

    public Task<DraftDto> SaveDraftAsync(string definitionId, int version, string json, int revision, CancellationToken cancellationToken) =>
        Run(d => d.SaveDraftAsync(definitionId, version, json, revision, cancellationToken));

    public Task<ValidationDto> ValidateAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        Run(d => d.ValidateAsync(definitionId, version, cancellationToken));

    public Task<ValidationDto> ValidateTextAsync(string json, CancellationToken cancellationToken) =>
        Run(d => d.ValidateTextAsync(json, cancellationToken));

    public string? CheckLiquid(string source, bool template)
    {
        using var scope = scopes.Create();
        return scope.ServiceProvider.GetRequiredService<WorkflowDesign>().CheckLiquid(source, template);
    }

    public Task<ComparisonDto> CompareAsync(string definitionId, int from, int to, CancellationToken cancellationToken) =>
        Run(d => d.CompareAsync(definitionId, from, to, cancellationToken));

    public Task<DefinitionSummaryDto> PublishAsync(string definitionId, int version, DateOnly effectiveFrom, CancellationToken cancellationToken) =>
        Run(d => d.PublishAsync(definitionId, version, effectiveFrom, cancellationToken));

    public Task<DefinitionSummaryDto> RetireAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        Run(d => d.RetireAsync(definitionId, version, cancellationToken));

    public Task<IReadOnlyList<DefinitionEventDto>> ListEventsAsync(string definitionId, CancellationToken cancellationToken) =>
        Run(d => d.ListEventsAsync(definitionId, cancellationToken));

    public Task<IReadOnlyList<SimulatedPersonDto>> ListSimulatedPersonsAsync(CancellationToken cancellationToken) =>
        Run(d => d.ListSimulatedPersonsAsync(cancellationToken));

    public Task<SimulationDto> StartSimulationAsync(SimulationRequestDto request, CancellationToken cancellationToken) =>
        Run(d => d.StartSimulationAsync(request, cancellationToken));

    public Task<SimulationDto> AdvanceSimulationAsync(Guid simulationId, string by, CancellationToken cancellationToken) =>
        Run(d => d.AdvanceSimulationAsync(simulationId, by, cancellationToken));

    public Task<SimulationDto> AnswerSimulatedTaskAsync(Guid simulationId, Guid taskId, JsonObject payload, CancellationToken cancellationToken) =>
        Run(d => d.AnswerSimulatedTaskAsync(simulationId, taskId, payload, cancellationToken));

    public Task<IReadOnlyList<MigrationCandidateDto>> ListMigrationCandidatesAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        Run(d => d.ListMigrationCandidatesAsync(definitionId, version, cancellationToken));

    public Task<MigrationDryRunDto> DryRunMigrationAsync(MigrationRequestDto request, CancellationToken cancellationToken) =>
        Run(d => d.DryRunMigrationAsync(request, cancellationToken));

    public Task<MigrationBatchDto> StartMigrationAsync(MigrationRequestDto request, CancellationToken cancellationToken) =>
        Run(d => d.StartMigrationAsync(request, cancellationToken));

    public Task<MigrationBatchDto> GetMigrationAsync(Guid batchId, CancellationToken cancellationToken) =>
        Run(d => d.GetMigrationAsync(batchId, cancellationToken));

    private async Task<T> Run<T>(Func<WorkflowDesign, Task<T>> call)
    {
        await using var scope = scopes.Create();
        return await call(scope.ServiceProvider.GetRequiredService<WorkflowDesign>());
    }
}
