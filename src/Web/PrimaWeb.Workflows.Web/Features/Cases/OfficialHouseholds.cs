using PrimaWeb.Workflows.Domain.Cases;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// The National Register's household as the case's official composition: the register says how each member stands to
/// the household's reference person (<c>REFERENCE</c>, <c>PARTNER</c>, <c>CHILD</c>, <c>COHABITANT</c>); the case
/// needs how each stands to its main person, who is not always the reference person.
/// </summary>
public static class OfficialHouseholds
{
    /// <summary>The relation to the main person of a member whose register role is <paramref name="memberRole"/>, the main person's being <paramref name="mainRole"/>.</summary>
    public static HouseholdRelation RelationOf(string mainRole, string memberRole)
    {
        var main = Normalise(mainRole);
        var member = Normalise(memberRole);
        return (main, member) switch
        {
            ("REFERENCE", "PARTNER") or ("PARTNER", "REFERENCE") => HouseholdRelation.Partner,
            ("REFERENCE" or "PARTNER", "CHILD") => HouseholdRelation.Child,
            ("CHILD", "REFERENCE" or "PARTNER") => HouseholdRelation.Parent,
            ("CHILD", "CHILD") => HouseholdRelation.OtherRelative,
            _ => HouseholdRelation.Other,
        };
    }

    /// <summary>
    /// The official composition after a register answer: members still there keep their first day, newcomers start on
    /// <paramref name="today"/>, members no longer listed leave the day before. The main person is always in it.
    /// </summary>
    public static IReadOnlyList<HouseholdMemberEntry> Merge(Case @case, IReadOnlyList<(Guid PersonId, HouseholdRelation Relation)> listed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(listed);
        var current = @case.OfficialHousehold.Members;
        var entries = new List<HouseholdMemberEntry>();
        foreach (var member in current)
        {
            var still = listed.Any(l => l.PersonId == member.PersonId) || member.PersonId == @case.MainPersonId;
            var ended = member.To is { } to && to < today;
            entries.Add(ended || still
                ? new HouseholdMemberEntry(member.PersonId, member.Relation, member.From, member.To)
                : new HouseholdMemberEntry(member.PersonId, member.Relation, member.From, member.From > today.AddDays(-1) ? member.From : today.AddDays(-1)));
        }

        foreach (var (personId, relation) in listed)
        {
            if (personId != @case.MainPersonId && !current.Any(m => m.PersonId == personId && (m.To is null || m.To >= today)))
            {
                entries.Add(new HouseholdMemberEntry(personId, relation, today));
            }
        }

        return entries;
    }

    private static string Normalise(string role) => role.Trim().ToUpperInvariant();
}
