using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>
/// The aids the CPAS decides outside the RIS scale (other aid, installation premium): the aid asked, the flows the social
/// worker chose to consult, the proposal and the premium's conditions. Ids, kinds and figures only; the details
/// (the new dwelling's address) stay in the case file's aid records.
/// </summary>
public static class AidVariables
{
    public static readonly WorkflowVariable<string?> AidKind = new("aidKind", "The kind of other aid asked (a field of the reference table otherAid.kinds).");

    public static readonly WorkflowVariable<decimal?> AidAmount = new("aidAmount", "The amount asked (other aid) or due by the reference data (installation premium).");

    public static readonly WorkflowVariable<DateOnly?> AidFrom = new("aidFrom", "The first day of the aid asked.");

    public static readonly WorkflowVariable<DateOnly?> AidUntil = new("aidUntil", "The last day of the aid asked.");

    public static readonly WorkflowVariable<bool?> AidNeedsA036 = new("aidNeedsA036", "True when the reference data says the kind of aid is attested by an A036.");

    public static readonly WorkflowVariable<Guid?> AidRecordId = new("aidRecordId", "The case file's record of the aid asked or of the premium's conditions.");

    public static readonly WorkflowVariable<JsonObject?> Consultations = new("consultations", "The answer to the task choosing the flows to consult: one flag per flow.");

    public static readonly WorkflowVariable<decimal?> ProposedAmount = new("proposedAmount", "The amount the social worker proposes to grant.");

    public static readonly WorkflowVariable<DateOnly?> ProposedFrom = new("proposedFrom", "The first day of the aid proposed.");

    public static readonly WorkflowVariable<DateOnly?> ProposedUntil = new("proposedUntil", "The last day of the aid proposed.");

    public static readonly WorkflowVariable<decimal?> GrantedAmount = new("grantedAmount", "The amount the Council granted (other aid, installation premium).");

    public static readonly WorkflowVariable<bool?> PremiumEligible = new("premiumEligible", "True when the case meets the installation premium's conditions.");

    public static readonly WorkflowVariable<string?> PremiumRefusal = new("premiumRefusal", "Why the conditions are not met: NotHomeless or AlreadyGranted; empty when they are.");

    public static VariableFamily Family { get; } = new("Aids", "The aid asked outside the RIS scale, the chosen consultations, the proposal and the installation premium's conditions.",
        [AidKind, AidAmount, AidFrom, AidUntil, AidNeedsA036, AidRecordId, Consultations, ProposedAmount, ProposedFrom, ProposedUntil, GrantedAmount, PremiumEligible, PremiumRefusal]);
}
