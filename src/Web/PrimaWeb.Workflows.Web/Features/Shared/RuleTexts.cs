using System.Globalization;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>
/// Words a broken rule in the user's language from its code and arguments, the same way for every screen and the API:
/// the text <c>Rule_&lt;code&gt;</c>, with <c>{0}</c> the field's label and <c>{1}</c>… the arguments, written as the
/// screens write them (dates dd/MM/yyyy, amounts with the culture's digits, enumeration values by their names).
/// </summary>
public static class RuleTexts
{
    public const string KeyPrefix = "Rule_";

    /// <summary>The resource names of the enumerations whose values appear in rules (the others use <c>Type_Value</c>).</summary>
    private static readonly Dictionary<Type, string> EnumPrefixes = new()
    {
        [typeof(Domain.Cases.HouseholdRelation)] = "Relation_",
        [typeof(HumanTaskStatus)] = "TaskStatus_",
        [typeof(RequestType)] = "RequestType_",
        [typeof(RequestStatus)] = "RequestStatus_",
        [typeof(DecisionOutcome)] = "Outcome_",
        [typeof(Domain.Identity.Gender)] = "Bis_gender_",
    };

    public static string Describe(IStringLocalizer<UiText> text, Refusal refusal, Func<string, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Describe(text, refusal.Code, (label ?? (field => Label(text, field)))(refusal.Field), refusal.Arguments, refusal.Message);
    }

    public static string Describe(IStringLocalizer<UiText> text, DomainValidationException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Describe(text, refusal.Code, Label(text, ApiField(refusal.Field)), refusal.Arguments, refusal.Message);
    }

    /// <summary>The sentence of <paramref name="code"/>; the English <paramref name="fallback"/> only for a code no resource words.</summary>
    public static string Describe(IStringLocalizer<UiText> text, string code, string label, IReadOnlyList<object> arguments, string fallback)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(arguments);
        var template = text[KeyPrefix + code];
        if (template.ResourceNotFound)
        {
            return fallback;
        }

        object[] values = [label, .. arguments.Select(argument => Format(text, argument))];
        return string.Format(CultureInfo.CurrentCulture, template.Value, values);
    }

    /// <summary>
    /// A field's label: the text <c>Field_&lt;name&gt;</c> of its last member (<c>memberResources[0].amount</c> → <c>amount</c>),
    /// else the person form's <c>Bis_&lt;name&gt;</c>, else the name itself.
    /// </summary>
    public static string Label(IStringLocalizer<UiText> text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(field);
        var name = field[(field.LastIndexOf('.') + 1)..];
        name = name.IndexOf('[', StringComparison.Ordinal) is > 0 and var bracket ? name[..bracket] : name;
        foreach (var key in (string[])[$"Field_{name}", $"Bis_{name}"])
        {
            if (text[key] is { ResourceNotFound: false } found)
            {
                return found.Value;
            }
        }

        return name;
    }

    /// <summary>A domain member's name as the API spells its JSON fields (<c>ReceivedOn</c> → <c>receivedOn</c>).</summary>
    public static string ApiField(string member) =>
        string.IsNullOrEmpty(member) ? string.Empty : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member);

    /// <summary>The refusals as a validation problem's errors: field (under <paramref name="prefix"/>) → sentences.</summary>
    public static Dictionary<string, string[]> Errors(IStringLocalizer<UiText> text, IEnumerable<Refusal> refusals, string? prefix = null) =>
        refusals
            .Select(refusal => prefix is null ? refusal : refusal.Under(prefix))
            .GroupBy(refusal => refusal.Field, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(refusal => Describe(text, refusal)).ToArray(), StringComparer.Ordinal);

    private static string Format(IStringLocalizer<UiText> text, object argument) => argument switch
    {
        DateOnly date => BelgianFormats.Date(date),
        decimal amount => amount.ToString("0.##", CultureInfo.CurrentCulture),
        Enum value => EnumName(text, value),
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => argument.ToString() ?? string.Empty,
    };

    private static string EnumName(IStringLocalizer<UiText> text, Enum value)
    {
        var prefix = EnumPrefixes.GetValueOrDefault(value.GetType(), $"{value.GetType().Name}_");
        var name = text[prefix + value];
        return name.ResourceNotFound ? value.ToString() : name.Value;
    }
}
