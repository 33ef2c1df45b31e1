using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>A case of the signed-in user's CPAS as <see cref="CaseDetailsDto"/>; null for an unknown case or another CPAS's.</summary>
public sealed class CaseDetailsQuery(PrimaWebDbContext db)
{
    public async Task<CaseDetailsDto?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var personIds = @case.HouseholdMembers.Select(m => m.PersonId).Append(@case.MainPersonId).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var requests = await db.Requests.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(cancellationToken);

        List<HouseholdMemberDto> Members(HouseholdComposition composition) =>
        [
            .. composition.Members.OrderBy(m => m.From).ThenBy(m => m.Relation).Select(m => new HouseholdMemberDto(
                m.Id,
                m.PersonId,
                persons.TryGetValue(m.PersonId, out var p) ? p.Niss.ToString() : string.Empty,
                persons.TryGetValue(m.PersonId, out var q) ? q.FullName : string.Empty,
                m.Relation.ToString(),
                ApiDates.Format(m.From),
                m.To is { } to ? ApiDates.Format(to) : null)),
        ];

        return new CaseDetailsDto(
            @case.Id,
            @case.Reference,
            @case.Status.ToString(),
            ApiDates.Format(@case.OpenedOn),
            @case.ClosedOn is { } closed ? ApiDates.Format(closed) : null,
            @case.SocialWorkerId,
            PersonMapping.ToDto(persons[@case.MainPersonId]),
            Members(@case.OfficialHousehold),
            Members(@case.DeFactoHousehold),
            [.. requests.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).Select(ToDto)]);
    }

    public static RequestSummaryDto ToDto(Request request) => new(
        request.Id,
        request.Type.ToString(),
        ApiDates.Format(request.ReceivedOn),
        request.Status.ToString(),
        request.WorkflowInstanceId,
        [.. request.Decisions.Select(ToDto)]);

    public static DecisionDto ToDto(Decision decision) => new(
        decision.Id,
        decision.Outcome.ToString(),
        ApiDates.Format(decision.DecidedOn),
        decision.EffectiveFrom is { } from ? ApiDates.Format(from) : null,
        decision.Motivation,
        decision.Terms?.Category.ToString(),
        decision.Terms?.MonthlyAmount,
        decision.Terms is { } t ? ApiDates.Format(t.From) : null,
        decision.Terms?.Until is { } until ? ApiDates.Format(until) : null);
}
