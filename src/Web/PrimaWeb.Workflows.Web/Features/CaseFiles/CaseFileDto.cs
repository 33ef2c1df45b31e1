using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Domain.Integrations;

namespace PrimaWeb.Workflows.Web.Features.CaseFiles;

/// <summary>A case's file as the API shows it; letters without their content (fetched one by one); what non-RIS request types keep, as <see cref="AidRecordView"/>.</summary>
public sealed record CaseFileDto(
    Guid CaseId,
    IReadOnlyList<IntegrationDto> Integrations,
    IReadOnlyList<ConsultationView> Consultations,
    IReadOnlyList<ResourceStatementView> Statements,
    IReadOnlyList<RisCalculationView> Calculations,
    IReadOnlyList<SocialReportView> Reports,
    IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<SppIsFormView> Forms,
    IReadOnlyList<LetterSummaryDto> Letters,
    IReadOnlyList<AidRecordView> Aids)
{
    public static CaseFileDto From(CaseFileView view, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new CaseFileDto(
            view.CaseId,
            [.. view.Integrations.Select(i => new IntegrationDto(
                i.Id, i.PersonId, i.Niss, (int)i.Code, i.Code.ToString(), i.Start, i.End, Status(i, today)))],
            view.Consultations,
            view.Statements,
            view.Calculations,
            view.Reports,
            view.Decisions,
            view.Forms,
            [.. view.Letters.Select(l => new LetterSummaryDto(l.Id, l.RequestId, l.DecisionId, l.Template, l.Language.ToString(), l.DueOn, l.RecordedAt, l.RecordedBy))],
            view.Aids);
    }

    private static string Status(IntegrationLineView line, DateOnly today) => line switch
    {
        { IsCancelled: true } => nameof(IntegrationStatus.Cancelled),
        _ when today < line.Start => nameof(IntegrationStatus.Planned),
        _ when today <= line.End => nameof(IntegrationStatus.Active),
        { IsDisintegrated: true } => nameof(IntegrationStatus.Ended),
        _ => nameof(IntegrationStatus.Expired),
    };
}
