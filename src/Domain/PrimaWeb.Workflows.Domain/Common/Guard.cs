namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>Small argument checks shared by the entities, each throwing a <see cref="DomainValidationException"/>.</summary>
internal static class Guard
{
    public static string RequiredText(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainValidationException(field, RuleCodes.Required, $"The {label} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainValidationException(
                field, RuleCodes.TooLong, $"The {label} has {trimmed.Length} characters; at most {maxLength} are allowed.", trimmed.Length, maxLength);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : RequiredText(trimmed, field, label, maxLength);
    }

    public static Guid RequiredId(Guid value, string field, string label) =>
        value == Guid.Empty ? throw new DomainValidationException(field, RuleCodes.Required, $"The {label} is required.") : value;

    public static T Defined<T>(T value, string field, string label)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainValidationException(field, RuleCodes.UnknownValue, $"'{value}' is not a known {label}.", value.ToString());

    public static void NotInFuture(DateOnly day, DateOnly today, string field, string label)
    {
        if (day > today)
        {
            throw new DomainValidationException(
                field,
                RuleCodes.InFuture,
                $"The {label} {LegalDate.Format(day)} is in the future (today is {LegalDate.Format(today)}).",
                day,
                today);
        }
    }

    /// <summary>A legal date within the span <see cref="LegalDate.IsPlausible"/> allows.</summary>
    public static void Plausible(DateOnly day, DateOnly today, string field, string label)
    {
        if (!LegalDate.IsPlausible(day, today))
        {
            throw new DomainValidationException(
                field,
                RuleCodes.ImplausibleDate,
                $"The {label} {LegalDate.Format(day)} is not between {LegalDate.Format(LegalDate.Earliest)} and {LegalDate.Format(LegalDate.Latest(today))}.",
                day,
                LegalDate.Earliest,
                LegalDate.Latest(today));
        }
    }
}
