using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>What <see cref="TaskOpening"/> reads from a task step's inputs.</summary>
public interface ITaskStepInput
{
    string? Title { get; }

    string? CandidateRole { get; }

    string? Assignee { get; }

    IsoDuration? DueIn { get; }
}
