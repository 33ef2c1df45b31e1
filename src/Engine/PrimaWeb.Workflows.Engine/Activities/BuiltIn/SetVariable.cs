using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Sets a workflow variable to a literal or to the value of a Liquid expression.</summary>
[Activity(BuiltInActivityTypes.SetVariable, 1, Category = "Control", DisplayName = "Set variable",
    Description = "Sets a variable.", DescriptionFr = "Donne une valeur à une variable.", DescriptionNl = "Geeft een variabele een waarde.")]
public sealed class SetVariable : IActivity<SetVariable.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        context.SetVariable(input.Variable, input.Value);
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    /// <summary>The variable, named by the definition, and its new value.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true, Help = "Name of the variable.", HelpFr = "Nom de la variable.", HelpNl = "Naam van de variabele.")]
        string Variable,
        [ActivityInput(
            Help = "The value: a literal or an expression such as { \"expression\": \"amount | times: 12\" }.",
            HelpFr = "La valeur : un littéral ou une expression.", HelpNl = "De waarde: een literal of een expressie.")]
        JsonNode Value);
}
