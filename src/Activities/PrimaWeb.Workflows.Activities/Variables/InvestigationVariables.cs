using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>The investigation's records (ids only: no personal data in variables) and the figures the branches read.</summary>
public static class InvestigationVariables
{
    public static readonly WorkflowVariable<Guid?> ResourceStatementId = new("resourceStatementId", "The latest resource statement.");

    public static readonly WorkflowVariable<Guid?> RisCalculationId = new("risCalculationId", "The latest RIS calculation.");

    public static readonly WorkflowVariable<decimal?> RisMonthlyAmount = new("risMonthlyAmount", "The calculated monthly RIS.");

    public static readonly WorkflowVariable<decimal?> RisPeriodAmount = new("risPeriodAmount", "The calculated RIS for the calculated period.");

    public static readonly WorkflowVariable<RisCategory?> RisCategory = new("risCategory", "The RIS category of the calculation.");

    public static readonly WorkflowVariable<string?> Proposal = new("proposal", "The social worker's proposal to the Council: Grant or Refuse.");

    public static readonly WorkflowVariable<decimal?> ProposedMonthlyAmount = new("proposedMonthlyAmount", "The monthly amount proposed (none for a refusal).");

    public static readonly WorkflowVariable<Guid?> SocialReportId = new("socialReportId", "The latest social report.");

    public static VariableFamily Family { get; } = new("Investigation", "Resources, the RIS calculation and the social worker's proposal.",
        [ResourceStatementId, RisCalculationId, RisMonthlyAmount, RisPeriodAmount, RisCategory, Proposal, ProposedMonthlyAmount, SocialReportId]);
}
