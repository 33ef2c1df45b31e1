using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>The letter that notifies a decision to the person, rendered in their language, with its legal due date.</summary>
public sealed class NotificationLetter : CaseFileRecord
{
    public NotificationLetter(
        string tenantId, Guid caseId, Guid requestId, DateTimeOffset recordedAt, string recordedBy,
        Guid decisionId, string template, Language language, DateOnly dueOn, string content)
        : base(tenantId, caseId, Guard.RequiredId(requestId, nameof(RequestId), "request"), recordedAt, recordedBy)
    {
        DecisionId = Guard.RequiredId(decisionId, nameof(DecisionId), "decision");
        Template = Guard.RequiredText(template, nameof(Template), "template", 200);
        Language = Guard.Defined(language, nameof(Language), "language");
        DueOn = dueOn;
        Content = Guard.RequiredText(content, nameof(Content), "letter", 200_000);
    }

    // For EF Core.
    private NotificationLetter()
    {
        Template = string.Empty;
        Content = string.Empty;
    }

    public Guid DecisionId { get; private set; }

    public string Template { get; private set; }

    public Language Language { get; private set; }

    /// <summary>The last day to notify the decision (8 days after it).</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The rendered letter.</summary>
    public string Content { get; private set; }
}
