using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>The variables of the heating allowance workflow: the delivery's dates and what the calculations found.</summary>
public static class HeatingVariables
{
    public static readonly WorkflowVariable<DateOnly?> DeliveredOn = new("heatingDeliveredOn", "The day of the delivery (or of the pump purchase).");

    public static readonly WorkflowVariable<DateOnly?> IntegrationFrom = new("heatingIntegrationFrom", "First day of the integration under code 40: the delivery.");

    public static readonly WorkflowVariable<DateOnly?> IntegrationUntil = new("heatingIntegrationUntil", "Last day of the integration under code 40: 31 December of the heating period (or of the year the request is handled in).");

    public static readonly WorkflowVariable<string?> Refusals = new("heatingRefusals", "Codes of the rules that refuse the allowance, comma separated; empty when none does.");

    public static readonly WorkflowVariable<decimal?> LocalAmount = new("heatingLocalAmount", "The allowance the CPAS's calculation gives.");

    public static readonly WorkflowVariable<decimal?> FundAmount = new("heatingFundAmount", "The allowance the Fund's ComputeAllocation gives.");

    public static readonly WorkflowVariable<bool> Differs = new("heatingDiffers", "True when the Fund's and the CPAS's calculations disagree (amount or eligibility).");

    public static readonly WorkflowVariable<string?> FundMessage = new("heatingFundMessage", "Why the Fund could not be consulted or refused to save the allocation.");

    public static IReadOnlyList<WorkflowVariable> All { get; } = [DeliveredOn, IntegrationFrom, IntegrationUntil, Refusals, LocalAmount, FundAmount, Differs, FundMessage];

    public static VariableFamily Family { get; } = new("Heating", "The heating allowance: the delivery and the two calculations.", All);
}
