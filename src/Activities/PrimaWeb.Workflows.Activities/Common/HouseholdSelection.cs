using PrimaWeb.Workflows.Domain.Cases;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>Which members of the de facto household a step concerns: the main person, the partner, or everybody.</summary>
public static class HouseholdSelection
{
    /// <summary>The members on <paramref name="day"/> chosen by <paramref name="selection"/>, main person first.</summary>
    public static IReadOnlyList<HouseholdMember> Select(Case @case, HouseholdMembers selection, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var present = @case.DeFactoHousehold.MembersOn(day)
            .OrderBy(m => m.Relation == HouseholdRelation.MainPerson ? 0 : m.Relation == HouseholdRelation.Partner ? 1 : 2)
            .ToList();
        if (present.All(m => m.PersonId != @case.MainPersonId))
        {
            // The main person always counts, even on a day before the case's household was recorded.
            present.Insert(0, @case.DeFactoHousehold.Members.First(m => m.PersonId == @case.MainPersonId));
        }

        return selection switch
        {
            HouseholdMembers.Main => [.. present.Where(m => m.Relation == HouseholdRelation.MainPerson)],
            HouseholdMembers.Partner => [.. present.Where(m => m.Relation is HouseholdRelation.MainPerson or HouseholdRelation.Partner)],
            _ => present,
        };
    }
}
