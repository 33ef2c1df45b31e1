using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// A form sent to the SPP-IS for a decision, from its preparation to the answer. The idempotency key makes a resend
/// after a crash land on the same form at the SPP-IS; the legal due date is kept to show lateness.
/// </summary>
public sealed class SppIsForm : CaseFileRecord
{
    private readonly List<SppIsAnswerReason> _reasons = [];

    public SppIsForm(
        string tenantId, Guid caseId, Guid requestId, DateTimeOffset recordedAt, string recordedBy,
        Guid? decisionId, SppIsFormType type, DateOnly dueOn, string idempotencyKey, string contentJson)
        : base(tenantId, caseId, Guard.RequiredId(requestId, nameof(RequestId), "request"), recordedAt, recordedBy)
    {
        DecisionId = decisionId;
        Type = Guard.Defined(type, nameof(Type), "SPP-IS form type");
        DueOn = dueOn;
        IdempotencyKey = Guard.RequiredText(idempotencyKey, nameof(IdempotencyKey), "idempotency key", 200);
        ContentJson = Guard.RequiredText(contentJson, nameof(ContentJson), "form content", 100_000);
        Status = SppIsFormStatus.Prepared;
    }

    // For EF Core.
    private SppIsForm()
    {
        IdempotencyKey = string.Empty;
        ContentJson = string.Empty;
    }

    public Guid? DecisionId { get; private set; }

    public SppIsFormType Type { get; private set; }

    public SppIsFormStatus Status { get; private set; }

    /// <summary>The legal deadline for the form to reach the SPP-IS.</summary>
    public DateOnly DueOn { get; private set; }

    public string IdempotencyKey { get; private set; }

    /// <summary>What was sent, as JSON, so the case file shows the form as the SPP-IS received it.</summary>
    public string ContentJson { get; private set; }

    /// <summary>The SPP-IS's id for the form, known once it is received.</summary>
    public string? FormId { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public IReadOnlyList<SppIsAnswerReason> Reasons => _reasons;

    /// <summary>Until when the workflow waits for the answer before raising a follow-up task; null while nobody waits.</summary>
    public DateTimeOffset? AnswerAwaitedUntil { get; private set; }

    /// <summary>Sets the awaiting step's time-out; the answer-polling job ends the wait after it.</summary>
    public void AwaitAnswerUntil(DateTimeOffset until) => AnswerAwaitedUntil = until.ToUniversalTime();

    public bool IsAnswered => Status is SppIsFormStatus.Accepted or SppIsFormStatus.PartiallyAccepted or SppIsFormStatus.Refused;

    /// <summary>Records the SPP-IS receipt. A second receipt with the same form id is harmless (a resend).</summary>
    public void MarkSent(string formId, DateTimeOffset sentAt)
    {
        var id = Guard.RequiredText(formId, nameof(FormId), "form id", 100);
        if (FormId is not null)
        {
            if (FormId != id)
            {
                throw new DomainValidationException(nameof(FormId), RuleCodes.FormAlreadyReceived, $"The form was already received as {FormId}, not {id}.", FormId, id);
            }

            return;
        }

        if (Status != SppIsFormStatus.Prepared)
        {
            throw new DomainValidationException(nameof(Status), RuleCodes.FormNotSendable, $"A form in status {Status} cannot be marked sent.", Status);
        }

        FormId = id;
        SentAt = sentAt.ToUniversalTime();
        Status = SppIsFormStatus.Sent;
    }

    /// <summary>Records the SPP-IS answer; the first answer counts, a repeated one is ignored.</summary>
    public void RecordAnswer(SppIsFormStatus status, IEnumerable<SppIsAnswerReason> reasons, DateTimeOffset answeredAt)
    {
        if (status is not (SppIsFormStatus.Accepted or SppIsFormStatus.PartiallyAccepted or SppIsFormStatus.Refused))
        {
            throw new DomainValidationException(nameof(Status), RuleCodes.NotAnAnswer, $"{status} is not an answer of the SPP-IS.", status);
        }

        if (IsAnswered)
        {
            return;
        }

        if (FormId is null)
        {
            throw new DomainValidationException(nameof(Status), RuleCodes.AnswerBeforeReception, "An answer cannot arrive for a form the SPP-IS has not received.");
        }

        Status = status;
        AnsweredAt = answeredAt.ToUniversalTime();
        _reasons.Clear();
        _reasons.AddRange(reasons);
    }

    /// <summary>Flags a sent form whose answer did not come in time; a later answer is still recorded.</summary>
    public void MarkUnanswered()
    {
        if (Status == SppIsFormStatus.Sent)
        {
            Status = SppIsFormStatus.Unanswered;
        }
    }
}
