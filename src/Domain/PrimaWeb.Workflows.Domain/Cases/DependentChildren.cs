namespace PrimaWeb.Workflows.Domain.Cases;

/// <summary>
/// Who is a dependent child of the main person: a child of the household who is a minor on the day (ris.md §1,
/// category 3: "at least one unmarried minor child"). A child whose birth date is unknown is not taken for a minor:
/// the social worker records the birth date, the rules do not guess it.
/// </summary>
public static class DependentChildren
{
    public const int AgeOfMajority = 18;

    public static bool IsMinor(DateOnly? birthDate, DateOnly day) => birthDate is { } born && born.AddYears(AgeOfMajority) > day;

    public static bool IsDependentChild(HouseholdRelation relation, DateOnly? birthDate, DateOnly day) =>
        relation == HouseholdRelation.Child && IsMinor(birthDate, day);
}
