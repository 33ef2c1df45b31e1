using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// One consultation of a federal data flow for one person, kept in the case file with the answer (personal data: it
/// is stored here, never in the workflow journal) or with the message that explains why there is none.
/// </summary>
public sealed class Consultation : CaseFileRecord
{
    public Consultation(
        string tenantId, Guid caseId, Guid? requestId, DateTimeOffset recordedAt, string recordedBy,
        Niss person, string service, ConsultationOutcome outcome, string? answerJson, string? message)
        : base(tenantId, caseId, requestId, recordedAt, recordedBy)
    {
        Person = person;
        Service = Guard.RequiredText(service, nameof(Service), "service", 100);
        Outcome = Guard.Defined(outcome, nameof(Outcome), "consultation outcome");
        if (outcome == ConsultationOutcome.Answered && string.IsNullOrWhiteSpace(answerJson))
        {
            throw new DomainValidationException(nameof(AnswerJson), RuleCodes.AnswerRequired, "An answered consultation keeps the answer.");
        }

        if (outcome != ConsultationOutcome.Answered && string.IsNullOrWhiteSpace(message))
        {
            throw new DomainValidationException(nameof(Message), RuleCodes.ReasonRequired, "A consultation without an answer says why.");
        }

        AnswerJson = outcome == ConsultationOutcome.Answered ? answerJson : null;
        Message = Guard.OptionalText(message, nameof(Message), "message", 2000);
    }

    // For EF Core.
    private Consultation()
    {
        Service = string.Empty;
    }

    public Niss Person { get; private set; }

    /// <summary>The gateway's name of the flow (e.g. <c>IdentifyPerson</c>, <c>HealthInsurance</c>).</summary>
    public string Service { get; private set; }

    public ConsultationOutcome Outcome { get; private set; }

    /// <summary>The service's answer as JSON, only when <see cref="Outcome"/> is <see cref="ConsultationOutcome.Answered"/>.</summary>
    public string? AnswerJson { get; private set; }

    /// <summary>Why there is no answer, in words a social worker can act on.</summary>
    public string? Message { get; private set; }
}
