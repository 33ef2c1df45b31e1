using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>Checks a submitted payload against the form a task declared.</summary>
public static class FormValidator
{
    /// <summary>Every broken rule; empty when the payload is acceptable. Unknown fields are refused too.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<FormField> form, JsonObject? payload)
    {
        var errors = new List<string>();
        payload ??= [];
        foreach (var field in form)
        {
            var value = payload[field.Name];
            if (value is null)
            {
                if (field.Required)
                {
                    errors.Add($"'{field.Name}' is required.");
                }

                continue;
            }

            var kind = value.GetValueKind();
            switch (field.Type)
            {
                case FormFieldType.Number when kind != JsonValueKind.Number:
                    errors.Add($"'{field.Name}' must be a number.");
                    break;
                case FormFieldType.Number:
                    var number = JsonNumbers.ToDecimal(value);
                    if (number < field.Min || number > field.Max)
                    {
                        errors.Add($"'{field.Name}' must be between {field.Min} and {field.Max}.");
                    }

                    break;
                case FormFieldType.Flag when kind is not (JsonValueKind.True or JsonValueKind.False):
                    errors.Add($"'{field.Name}' must be true or false.");
                    break;
                case FormFieldType.Date when kind != JsonValueKind.String
                    || !DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    errors.Add($"'{field.Name}' must be a date (yyyy-MM-dd).");
                    break;
                case FormFieldType.Choice when kind != JsonValueKind.String || !(field.Choices ?? []).Contains(value.GetValue<string>(), StringComparer.Ordinal):
                    errors.Add($"'{field.Name}' must be one of {string.Join(", ", field.Choices ?? [])}.");
                    break;
                case FormFieldType.Text when kind != JsonValueKind.String:
                    errors.Add($"'{field.Name}' must be a text.");
                    break;
                case FormFieldType.Text when field.MaxLength is { } max && value.GetValue<string>().Length > max:
                    errors.Add($"'{field.Name}' must be at most {max} characters.");
                    break;
                default:
                    break;
            }
        }

        foreach (var (name, _) in payload)
        {
            if (!form.Any(f => string.Equals(f.Name, name, StringComparison.Ordinal)))
            {
                errors.Add($"'{name}' is not a field of this form.");
            }
        }

        return errors;
    }
}
