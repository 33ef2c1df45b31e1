using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Data.CaseFiles;

/// <summary>A case's whole file for display, each list oldest first. Answers of consultations are read on demand.</summary>
public sealed record CaseFileView(
    Guid CaseId,
    IReadOnlyList<IntegrationLineView> Integrations,
    IReadOnlyList<ConsultationView> Consultations,
    IReadOnlyList<ResourceStatementView> Statements,
    IReadOnlyList<RisCalculationView> Calculations,
    IReadOnlyList<SocialReportView> Reports,
    IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<SppIsFormView> Forms,
    IReadOnlyList<NotificationLetterView> Letters,
    IReadOnlyList<AidRecordView> Aids);

/// <summary>One BCSS integration of a person of the case's households.</summary>
public sealed record IntegrationLineView(
    Guid Id, Guid PersonId, string Niss, CapacityCode Code, DateOnly Start, DateOnly End, bool IsDisintegrated, bool IsCancelled);

public sealed record ConsultationView(
    Guid Id, Guid? RequestId, string Person, string Service, ConsultationOutcome Outcome, DateTimeOffset RecordedAt, string RecordedBy,
    string? Message, bool HasAnswer);

public sealed record ResourceStatementView(
    Guid Id, Guid? RequestId, DateTimeOffset RecordedAt, string RecordedBy, RisCategory Category,
    IReadOnlyList<RisHouseholdMember> Members, IReadOnlyList<RisResource> Resources, IReadOnlyList<StatedExpense> Expenses, decimal MonthlyExpenses);

public sealed record RisCalculationView(
    Guid Id, Guid? RequestId, DateTimeOffset RecordedAt, string RecordedBy, Guid StatementId, RisCategory Category,
    DateOnly PeriodStart, DateOnly PeriodEnd, decimal MonthlyAmount, decimal PeriodAmount, string BreakdownJson);

public sealed record SocialReportView(
    Guid Id, Guid? RequestId, DateTimeOffset RecordedAt, string RecordedBy, string Report, DecisionOutcome Proposal, DecisionTerms? Terms, string? Motivation);

public sealed record DecisionView(
    Guid Id, Guid RequestId, RequestType RequestType, DecisionOutcome Outcome, DateOnly DecidedOn, DateOnly? EffectiveFrom, string? Motivation, DecisionTerms? Terms,
    DateOnly? EffectiveUntil = null);

public sealed record SppIsFormView(
    Guid Id, Guid? RequestId, DateTimeOffset RecordedAt, string RecordedBy, Guid? DecisionId, SppIsFormType Type, SppIsFormStatus Status,
    DateOnly DueOn, string? FormId, DateTimeOffset? SentAt, DateTimeOffset? AnsweredAt, DateTimeOffset? AnswerAwaitedUntil,
    IReadOnlyList<SppIsAnswerReason> Reasons, string ContentJson);

public sealed record NotificationLetterView(
    Guid Id, Guid? RequestId, DateTimeOffset RecordedAt, string RecordedBy, Guid DecisionId, string Template, Language Language, DateOnly DueOn, string Content);

/// <summary>A request type's own record about its aid (<see cref="AidRecord"/>): its kind, amount and details as JSON.</summary>
public sealed record AidRecordView(Guid Id, Guid? RequestId, DateTimeOffset RecordedAt, string RecordedBy, string Kind, decimal? Amount, string DetailsJson);
