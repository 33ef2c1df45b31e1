using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Designer.Contract;

/// <summary>
/// What the designer's screens ask, in the contract of <c>/api/workflow</c>: the host implements it with the service
/// that answers those endpoints, so a screen and an API client get the same answers and the same refusals
/// (<see cref="DesignRefusalException"/>). Every call is the signed-in analyst's.
/// </summary>
public interface IWorkflowDesignApi
{
    Task<IReadOnlyList<ActivityDescriptorDto>> ListActivitiesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<DefinitionSummaryDto>> ListDefinitionsAsync(CancellationToken cancellationToken);

    Task<DefinitionDocumentDto> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken);

    Task<DraftDto> CreateDraftAsync(string definitionId, int fromVersion, CancellationToken cancellationToken);

    Task<DraftDto> SaveDraftAsync(string definitionId, int version, string json, int revision, CancellationToken cancellationToken);

    /// <summary>The errors of a stored version.</summary>
    Task<ValidationDto> ValidateAsync(string definitionId, int version, CancellationToken cancellationToken);

    /// <summary>The errors of a text not saved yet (the editor's), read and checked as a save and a publication would.</summary>
    Task<ValidationDto> ValidateTextAsync(string json, CancellationToken cancellationToken);

    /// <summary>Null when the Liquid source reads, else why not (for the editor, as the analyst types).</summary>
    string? CheckLiquid(string source, bool template);

    Task<ComparisonDto> CompareAsync(string definitionId, int from, int to, CancellationToken cancellationToken);

    Task<DefinitionSummaryDto> PublishAsync(string definitionId, int version, DateOnly effectiveFrom, CancellationToken cancellationToken);

    Task<DefinitionSummaryDto> RetireAsync(string definitionId, int version, CancellationToken cancellationToken);

    Task<IReadOnlyList<DefinitionEventDto>> ListEventsAsync(string definitionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SimulatedPersonDto>> ListSimulatedPersonsAsync(CancellationToken cancellationToken);

    Task<SimulationDto> StartSimulationAsync(SimulationRequestDto request, CancellationToken cancellationToken);

    Task<SimulationDto> AdvanceSimulationAsync(Guid simulationId, string by, CancellationToken cancellationToken);

    Task<SimulationDto> AnswerSimulatedTaskAsync(Guid simulationId, Guid taskId, JsonObject payload, CancellationToken cancellationToken);

    Task<IReadOnlyList<MigrationCandidateDto>> ListMigrationCandidatesAsync(string definitionId, int version, CancellationToken cancellationToken);

    Task<MigrationDryRunDto> DryRunMigrationAsync(MigrationRequestDto request, CancellationToken cancellationToken);

    Task<MigrationBatchDto> StartMigrationAsync(MigrationRequestDto request, CancellationToken cancellationToken);

    Task<MigrationBatchDto> GetMigrationAsync(Guid batchId, CancellationToken cancellationToken);
}
