using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Sets a workflow variable to a literal or to the value of a Liquid expression.</summary>
[Activity(BuiltInActivityTypes.SetVariable, 1, Category = "Control", DisplayName = "Set variable")]
public sealed class SetVariable : IActivity<SetVariable.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        context.SetVariable(input.Variable, input.Value);
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    /// <summary>The variable, named by the definition, and its new value.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        string Variable,
        JsonNode Value);
}
