using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>
/// Reads the loosely typed request DTOs into domain values, recording an error per field that is missing or not
/// understood, so that one 400 answer names every invalid field. Dates must be plausible legal dates on
/// <paramref name="today"/>, amounts within <see cref="ApiLimits.LargestAmount"/>.
/// </summary>
internal sealed class CalculationRequestReader(DateOnly today)
{
    private readonly List<Refusal> refusals = [];

    public bool HasErrors => refusals.Count > 0;

    /// <summary>The broken rules as data (field, code, arguments), worded in the user's language by <see cref="RuleTexts"/>.</summary>
    public IReadOnlyList<Refusal> Refusals => refusals;

    /// <summary>Adds the domain's errors for the fields this reader has not already rejected.</summary>
    public void AddDomainErrors(IEnumerable<Domain.Calculations.CalculationInputError> domainErrors)
    {
        var alreadyNamed = refusals.Select(r => r.Field).ToHashSet(StringComparer.Ordinal);
        refusals.AddRange(domainErrors.Where(e => !alreadyNamed.Contains(e.Field)).Select(e => new Refusal(e.Field, e.Code, e.Arguments, e.Message)));
    }

    public void Add(string field, string code, string message, params object[] arguments) => refusals.Add(new Refusal(field, code, message, arguments));

    public DateOnly Date(string field, string? value, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, FormErrorCodes.Required, "is required (yyyy-MM-dd).");
            }

            return default;
        }

        if (!ApiDates.TryParse(value, out var date))
        {
            Add(field, FormErrorCodes.Date, $"'{value}' is not a date in the form yyyy-MM-dd.");
            return default;
        }

        if (ApiDates.Implausible(field, date, today) is { } far)
        {
            refusals.Add(far);
            return default;
        }

        return date;
    }

    /// <summary>A required amount (euros, litres, a percentage), within <see cref="ApiLimits.LargestAmount"/>.</summary>
    public decimal Amount(string field, decimal? value) => Required(field, OptionalAmount(field, value));

    /// <summary>An amount that may be left out, within <see cref="ApiLimits.LargestAmount"/> when given.</summary>
    public decimal? OptionalAmount(string field, decimal? value)
    {
        if (value is { } amount && Math.Abs(amount) > ApiLimits.LargestAmount)
        {
            Add(
                field,
                RuleCodes.Between,
                $"{amount.ToString(CultureInfo.InvariantCulture)} is out of range; at most {ApiLimits.LargestAmount.ToString(CultureInfo.InvariantCulture)} in absolute value.",
                -ApiLimits.LargestAmount,
                ApiLimits.LargestAmount);
            return 0m;
        }

        return value;
    }

    public DateOnly? OptionalDate(string field, string? value) => value is null ? null : Date(field, value);

    public TEnum EnumOr<TEnum>(string field, string? value, TEnum fallback)
        where TEnum : struct, Enum =>
        value is null ? fallback : Enum<TEnum>(field, value);

    public TEnum Enum<TEnum>(string field, string? value)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            Add(field, FormErrorCodes.Required, $"is required; one of {Names<TEnum>()}.");
            return default;
        }

        // Digits would parse as any number; only the documented names are accepted.
        if (!value.All(char.IsDigit) && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }

        Add(field, RuleCodes.UnknownValue, $"unknown value '{value}'; expected one of {Names<TEnum>()}.", value);

        // An undefined value, not the default: a word not understood must not pass for the first member of the enum.
        return (TEnum)System.Enum.ToObject(typeof(TEnum), -1);
    }

    public TEnum? OptionalEnum<TEnum>(string field, string? value)
        where TEnum : struct, Enum =>
        value is null ? null : Enum<TEnum>(field, value);

    public T Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, FormErrorCodes.Required, "is required.");
        }

        return value ?? default;
    }

    public string RequiredText(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, FormErrorCodes.Required, "is required.");
        }

        return value ?? string.Empty;
    }

    public static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
}
