using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// Reads for the case screens. The context's tenant filter limits every query to the user's CPAS, so another
/// CPAS's case is simply not found (docs/adr/0003-tenant-isolation.md).
/// </summary>
public sealed class CaseQueries(PrimaWebDbContext db)
{
    public async Task<IReadOnlyList<CaseListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from @case in db.Cases.AsNoTracking()
            join person in db.Persons on @case.MainPersonId equals person.Id
            orderby @case.Reference
            select new { @case.Id, @case.Reference, person.LastName, person.FirstName, person.Niss, @case.OpenedOn, @case.Status, @case.SocialWorkerId })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(row => new CaseListItem(
            row.Id, row.Reference, $"{row.LastName} {row.FirstName}", row.Niss.Formatted, row.OpenedOn, row.Status, row.SocialWorkerId))];
    }

    /// <summary>The case with its main person and households; null when it does not exist in the user's CPAS.</summary>
    public async Task<CaseFile?> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var personIds = @case.HouseholdMembers.Select(member => member.PersonId).Append(@case.MainPersonId).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(person => personIds.Contains(person.Id)).ToDictionaryAsync(person => person.Id, cancellationToken);
        var main = persons[@case.MainPersonId];

        return new CaseFile(
            @case.Id,
            @case.Reference,
            @case.OpenedOn,
            @case.ClosedOn,
            @case.Status,
            @case.SocialWorkerId,
            new CasePerson(main.Id, main.FullName, main.Niss.Formatted, main.BirthDate, main.Address),
            Members(@case.OfficialHousehold, persons),
            Members(@case.DeFactoHousehold, persons));
    }

    private static List<CaseHouseholdMember> Members(HouseholdComposition composition, Dictionary<Guid, Person> persons) =>
        [.. composition.Members
            .OrderBy(member => member.Relation != HouseholdRelation.MainPerson)
            .ThenBy(member => member.From)
            .Select(member => persons.TryGetValue(member.PersonId, out var person)
                ? new CaseHouseholdMember(member.PersonId, person.FullName, person.Niss.Formatted, member.Relation, member.From, member.To) { MemberId = member.Id }
                : new CaseHouseholdMember(member.PersonId, "?", "", member.Relation, member.From, member.To) { MemberId = member.Id })];
}
