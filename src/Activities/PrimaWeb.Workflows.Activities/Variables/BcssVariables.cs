using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>What the BCSS steps leave for the definition: the integration's end and code, and the BCSS's refusals.</summary>
public static class BcssVariables
{
    public static readonly WorkflowVariable<DateOnly?> IntegrationEndsOn = new("integrationEndsOn", "The last day of the main person's latest integration.");

    public static readonly WorkflowVariable<int?> IntegrationCode = new("integrationCode", "The capacity code of that integration.");

    public static readonly WorkflowVariable<string?> IntegrationMessage = new("integrationMessage", "Why the BCSS refused an integration or a disintegration, in words.");

    public static readonly WorkflowVariable<string?> IntegrationStatus = new("integrationStatus", "Expiring some days before the integration ends, Expired once it has.");

    public static readonly WorkflowVariable<JsonObject?> IntegrationChoice = new("integrationChoice", "The answer to the task \"extend or end the integration\" (choice: extend | end).");

    public static readonly WorkflowVariable<string?> ConsultationMessage = new("consultationMessage", "Why some members could not be consulted, in words.");

    public static VariableFamily Family { get; } = new("BCSS", "Integrations in the BCSS reference directory and consultations of the data flows.",
        [IntegrationEndsOn, IntegrationCode, IntegrationMessage, IntegrationStatus, IntegrationChoice, ConsultationMessage]);
}
