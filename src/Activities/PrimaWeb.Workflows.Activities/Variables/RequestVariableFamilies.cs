using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>
/// The variables of the request workflows (the DIS and the equivalent RIS share all of them), family by family, as the
/// engine checks them on import and docs/activities.md lists them.
/// </summary>
public static class RequestVariableFamilies
{
    public static IReadOnlyList<VariableFamily> All { get; } =
        [RequestVariables.Family, DeadlineVariables.Family, BcssVariables.Family, InvestigationVariables.Family, DecisionVariables.Family, SppIsVariables.Family, LetterVariables.Family, Heating.HeatingVariables.Family, AidVariables.Family];
}
