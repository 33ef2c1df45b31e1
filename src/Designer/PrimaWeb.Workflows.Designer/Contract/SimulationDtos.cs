using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Designer.Contract;

/// <summary>
/// Starts a simulation of a version (a draft included): a person of the simulated population (by NISS; the first adult
/// when null), the members of the household with them, the reception date (the virtual clock starts that day).
/// </summary>
public sealed record SimulationRequestDto(string DefinitionId, int Version, string? PersonNiss, IReadOnlyList<string>? Household, DateOnly? ReceivedOn);

/// <summary>A person the simulation may use: a fictitious member of the simulator's population.</summary>
public sealed record SimulatedPersonDto(string Niss, string Name, DateOnly BirthDate);

/// <summary>Moves the virtual clock forward by an ISO 8601 duration (P1D, PT12H, P1M …).</summary>
public sealed record AdvanceClockDto(string By);

/// <summary>
/// Where a simulation stands: the virtual time, the instance's status, the path taken (every activity run, with its
/// outcome), the open tasks (with their forms), the forms sent to the SPP-IS, the letters rendered, the timers armed and
/// where it waits.
/// </summary>
public sealed record SimulationDto(
    Guid Id,
    string DefinitionId,
    int Version,
    DateTimeOffset Now,
    string Status,
    IReadOnlyList<SimulationStepDto> Path,
    IReadOnlyList<SimulationTaskDto> Tasks,
    IReadOnlyList<SimulationFormDto> Forms,
    IReadOnlyList<SimulationLetterDto> Letters,
    IReadOnlyList<SimulationTimerDto> Timers,
    IReadOnlyList<string> WaitingAt,
    string? Fault);

/// <summary>One line of the path: an activity started, completed (with its outcome), waiting or faulted.</summary>
public sealed record SimulationStepDto(DateTimeOffset At, string ActivityId, string Event, string? Outcome);

/// <summary>An open task: its type, the activity that raised it, its form's fields and a payload to start from.</summary>
public sealed record SimulationTaskDto(Guid Id, string TaskType, string ActivityId, string? CandidateRole, IReadOnlyList<SimulationFieldDto> Fields, JsonObject Example);

/// <summary>A field of a task's form.</summary>
public sealed record SimulationFieldDto(string Name, string Type, bool Required, IReadOnlyList<string>? Choices);

/// <summary>A form sent to the SPP-IS and its state.</summary>
public sealed record SimulationFormDto(string Kind, string Status, DateTimeOffset? SentAt);

/// <summary>A letter rendered: its template, language and text.</summary>
public sealed record SimulationLetterDto(string Template, string Language, string Content);

/// <summary>A timer armed: the activity and when it fires.</summary>
public sealed record SimulationTimerDto(string ActivityId, DateTimeOffset DueAt);
