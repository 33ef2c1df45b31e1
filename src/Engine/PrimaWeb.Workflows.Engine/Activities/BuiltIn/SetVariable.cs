using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Sets a workflow variable to a literal or to the value of a Liquid expression.</summary>
[Activity(BuiltInActivityTypes.SetVariable, 1, Category = "Control", DisplayName = "Set variable",
    Description = "Sets a variable.", DescriptionFr = "Donne une valeur à une variable.", DescriptionNl = "Geeft een variabele een waarde.")]
[ActivityInput("variable", ActivityInputType.Text, Required = true, Journaled = true,
    Help = "Name of the variable.", HelpFr = "Nom de la variable.", HelpNl = "Naam van de variabele.")]
[ActivityInput("value", ActivityInputType.Json, Required = true,
    Help = "The value: a literal or an expression such as { \"expression\": \"amount | times: 12\" }.",
    HelpFr = "La valeur : un littéral ou une expression.", HelpNl = "De waarde: een literal of een expressie.")]
public sealed class SetVariable : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.SetVariable(context.GetInput<string>("variable")!, context.GetInput("value"));
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
