using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>The social report and the proposal the social worker puts to the Council.</summary>
public sealed class SocialReport : CaseFileRecord
{
    public SocialReport(
        string tenantId, Guid caseId, Guid requestId, DateTimeOffset recordedAt, string recordedBy,
        string report, DecisionOutcome proposal, DecisionTerms? terms, string? motivation)
        : this(tenantId, caseId, requestId, recordedAt, recordedBy, report, proposal, terms, motivation, risTerms: true)
    {
    }

    private SocialReport(
        string tenantId, Guid caseId, Guid requestId, DateTimeOffset recordedAt, string recordedBy,
        string report, DecisionOutcome proposal, DecisionTerms? terms, string? motivation, bool risTerms)
        : base(tenantId, caseId, Guard.RequiredId(requestId, nameof(RequestId), "request"), recordedAt, recordedBy)
    {
        Report = Guard.RequiredText(report, nameof(Report), "social report", 20_000);
        Proposal = Guard.Defined(proposal, nameof(Proposal), "proposal");
        if (risTerms && proposal == DecisionOutcome.Granted && terms is null)
        {
            throw new DomainValidationException(nameof(Terms), RuleCodes.GrantTermsRequired, "A proposal to grant states the category, the amount and the start.");
        }

        Terms = proposal == DecisionOutcome.Granted ? terms : null;
        Motivation = Guard.OptionalText(motivation, nameof(Motivation), "motivation", 4000);
    }

    /// <summary>
    /// The report on an aid outside the RIS scale (other aid, installation premium): a grant is proposed without a RIS
    /// category; the aid's amount and period are kept with the aid itself.
    /// </summary>
    public static SocialReport ForAid(
        string tenantId, Guid caseId, Guid requestId, DateTimeOffset recordedAt, string recordedBy, string report, DecisionOutcome proposal, string? motivation) =>
        new(tenantId, caseId, requestId, recordedAt, recordedBy, report, proposal, null, motivation, risTerms: false);

    // For EF Core.
    private SocialReport()
    {
        Report = string.Empty;
    }

    public string Report { get; private set; }

    public DecisionOutcome Proposal { get; private set; }

    /// <summary>What is proposed when granting; null for a proposal to refuse.</summary>
    public DecisionTerms? Terms { get; private set; }

    public string? Motivation { get; private set; }

    public RisCategory? ProposedCategory => Terms?.Category;
}
