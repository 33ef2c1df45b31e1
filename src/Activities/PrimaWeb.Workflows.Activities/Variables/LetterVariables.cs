using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>The letter notifying the latest decision.</summary>
public static class LetterVariables
{
    public static readonly WorkflowVariable<Guid?> LetterId = new("letterId", "The latest notification letter.");

    public static readonly WorkflowVariable<bool> LetterSent = new("letterSent", "True once the latest decision's letter is written; false again at each new decision.");

    public static VariableFamily Family { get; } = new("Letters", "The notification of the decisions.", [LetterId, LetterSent]);
}
