using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.CaseFiles;

/// <summary>
/// Read side of the case file for the API: untracked, the tenant named explicitly (like the store), results as
/// simple records. Lists are ordered in memory (SQLite cannot order every column type the servers can).
/// </summary>
public sealed class CaseFileQueries(PrimaWebDbContext db)
{
    /// <summary>The case's file, or null when the CPAS has no such case.</summary>
    public async Task<CaseFileView?> GetAsync(string tenantId, Guid caseId, CancellationToken cancellationToken = default)
    {
        var @case = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var personIds = @case.HouseholdMembers.Select(m => m.PersonId).Append(@case.MainPersonId).Distinct().ToList();
        return new CaseFileView(
            caseId,
            await IntegrationsAsync(tenantId, personIds, cancellationToken),
            await ConsultationsAsync(tenantId, caseId, cancellationToken),
            [.. (await RecordsAsync<ResourceStatement>(tenantId, caseId, cancellationToken)).Select(s => new ResourceStatementView(
                s.Id, s.RequestId, s.RecordedAt, s.RecordedBy, s.Category, s.Members, s.Resources, s.Expenses, s.MonthlyExpenses))],
            [.. (await RecordsAsync<RisCalculationRecord>(tenantId, caseId, cancellationToken)).Select(c => new RisCalculationView(
                c.Id, c.RequestId, c.RecordedAt, c.RecordedBy, c.StatementId, c.Category, c.PeriodStart, c.PeriodEnd, c.MonthlyAmount, c.PeriodAmount, c.BreakdownJson))],
            [.. (await RecordsAsync<SocialReport>(tenantId, caseId, cancellationToken)).Select(r => new SocialReportView(
                r.Id, r.RequestId, r.RecordedAt, r.RecordedBy, r.Report, r.Proposal, r.Terms, r.Motivation))],
            await DecisionsAsync(tenantId, caseId, cancellationToken),
            [.. (await RecordsAsync<SppIsForm>(tenantId, caseId, cancellationToken)).Select(f => new SppIsFormView(
                f.Id, f.RequestId, f.RecordedAt, f.RecordedBy, f.DecisionId, f.Type, f.Status, f.DueOn, f.FormId, f.SentAt, f.AnsweredAt,
                f.AnswerAwaitedUntil, f.Reasons, f.ContentJson))],
            [.. (await RecordsAsync<NotificationLetter>(tenantId, caseId, cancellationToken)).Select(l => new NotificationLetterView(
                l.Id, l.RequestId, l.RecordedAt, l.RecordedBy, l.DecisionId, l.Template, l.Language, l.DueOn, l.Content))],
            [.. (await RecordsAsync<AidRecord>(tenantId, caseId, cancellationToken)).Select(a => new AidRecordView(
                a.Id, a.RequestId, a.RecordedAt, a.RecordedBy, a.Kind, a.Amount, a.DetailsJson))]);
    }

    /// <summary>A consultation's answer as the service gave it (personal data, so only on demand), or null.</summary>
    public Task<string?> ConsultationAnswerAsync(string tenantId, Guid consultationId, CancellationToken cancellationToken = default) =>
        db.Set<Consultation>().IgnoreQueryFilters()
            .Where(c => c.TenantId == tenantId && c.Id == consultationId)
            .Select(c => c.AnswerJson)
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<IntegrationLineView>> IntegrationsAsync(string tenantId, List<Guid> personIds, CancellationToken cancellationToken)
    {
        var persons = await db.Persons.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.TenantId == tenantId && personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Niss })
            .ToListAsync(cancellationToken);
        var registers = await db.IntegrationRegisters.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == tenantId && db.Persons.IgnoreQueryFilters().Any(p => p.TenantId == tenantId && personIds.Contains(p.Id) && p.Niss == r.Niss))
            .ToListAsync(cancellationToken);
        return [.. registers
            .SelectMany(r => r.Integrations.Select(i => new IntegrationLineView(
                i.Id, persons.First(p => p.Niss == r.Niss).Id, r.Niss.Value, i.Code, i.Start, i.End, i.IsDisintegrated, i.IsCancelled)))
            .OrderBy(i => i.Start)
            .ThenBy(i => i.Niss, StringComparer.Ordinal)];
    }

    private async Task<IReadOnlyList<ConsultationView>> ConsultationsAsync(string tenantId, Guid caseId, CancellationToken cancellationToken)
    {
        // The answers stay in the database until asked for.
        var consultations = await db.Set<Consultation>().IgnoreQueryFilters()
            .Where(c => c.TenantId == tenantId && c.CaseId == caseId)
            .Select(c => new ConsultationView(c.Id, c.RequestId, c.Person.Value, c.Service, c.Outcome, c.RecordedAt, c.RecordedBy, c.Message, c.AnswerJson != null))
            .ToListAsync(cancellationToken);
        return [.. consultations.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)];
    }

    private async Task<IReadOnlyList<DecisionView>> DecisionsAsync(string tenantId, Guid caseId, CancellationToken cancellationToken)
    {
        var requests = await db.Requests.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.CaseId == caseId)
            .ToListAsync(cancellationToken);
        return [.. requests
            .SelectMany(r => r.Decisions.Select(d => new DecisionView(d.Id, r.Id, r.Type, d.Outcome, d.DecidedOn, d.EffectiveFrom, d.Motivation, d.Terms, d.EffectiveUntil)))
            .OrderBy(d => d.DecidedOn)
            .ThenBy(d => d.Id)];
    }

    private async Task<IReadOnlyList<TRecord>> RecordsAsync<TRecord>(string tenantId, Guid caseId, CancellationToken cancellationToken)
        where TRecord : CaseFileRecord
    {
        var records = await db.Set<TRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.CaseId == caseId)
            .ToListAsync(cancellationToken);
        return [.. records.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id)];
    }
}
