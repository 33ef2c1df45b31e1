using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.People;

/// <summary>
/// What a birth date can be: never after today (nobody is born tomorrow) and never before the earliest legal date. Of a
/// date with an unknown month or day, its first possible day is judged (2026-00-00 is possible in 2026).
/// </summary>
public static class BirthDates
{
    /// <summary>Throws a <see cref="DomainValidationException"/> naming <paramref name="field"/> when the date is impossible.</summary>
    public static void Validate(DateOnly birthDate, DateOnly today, string field)
    {
        Guard.NotInFuture(birthDate, today, field, "birth date");
        Guard.Plausible(birthDate, today, field, "birth date");
    }
}
