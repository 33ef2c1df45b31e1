using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>
/// The values a user enters in a task's declared form, checked by the same rules as the engine's
/// <see cref="FormValidator"/> but with messages in the user's language. A field shows its message once touched,
/// every field after a submit; the payload holds only the fields given, typed as the engine expects.
/// </summary>
public sealed class TaskFormState(IReadOnlyList<FormField> fields, IStringLocalizer<UiText> text)
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private bool _submitted;

    public IReadOnlyList<FormField> Fields { get; } = fields;

    public string? Text(string name) => _values.GetValueOrDefault(name) as string;

    public decimal? Number(string name) => _values.GetValueOrDefault(name) as decimal?;

    public bool Flag(string name) => _values.GetValueOrDefault(name) is true;

    public void Set(string name, object? value)
    {
        _values[name] = value is string s && string.IsNullOrWhiteSpace(s) ? null : value;
        _touched.Add(name);
    }

    /// <summary>The label of a field: its translation when the texts have one, else its name.</summary>
    public string Label(FormField field) => Translate($"Field_{field.Name}", field.Name) + (field.Required ? " *" : "");

    /// <summary>The label of a choice: its translation when the texts have one, else the value itself.</summary>
    public string ChoiceLabel(string choice) => Translate($"Choice_{choice}", choice);

    /// <summary>The message shown under a field, or null (also null for an untouched field before the first submit).</summary>
    public string? ErrorShown(FormField field) => _submitted || _touched.Contains(field.Name) ? Error(field) : null;

    /// <summary>The rule the field's value breaks, or null.</summary>
    public string? Error(FormField field)
    {
        var label = Translate($"Field_{field.Name}", field.Name);
        var value = _values.GetValueOrDefault(field.Name);
        if (value is null)
        {
            return field.Required ? text["Form_Required", label].Value : null;
        }

        return field.Type switch
        {
            FormFieldType.Number when value is decimal number && field.Min is { } min && number < min => text["Form_Min", label, Format(min)].Value,
            FormFieldType.Number when value is decimal number && field.Max is { } max && number > max => text["Form_Max", label, Format(max)].Value,
            FormFieldType.Text when value is string s && field.MaxLength is { } length && s.Length > length => text["Form_MaxLength", label, length].Value,
            FormFieldType.Date when value is not string date || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => text["Form_Date", label].Value,
            FormFieldType.Choice when value is not string choice || !(field.Choices ?? []).Contains(choice, StringComparer.Ordinal) => text["Form_Choice", label].Value,
            _ => null,
        };
    }

    /// <summary>Marks every field as seen and tells whether the form may go to the server.</summary>
    public bool Submit()
    {
        _submitted = true;
        return Fields.All(field => Error(field) is null);
    }

    /// <summary>The payload for <see cref="HumanTaskService.CompleteAsync"/>: the given fields, typed; a flag is always given.</summary>
    public JsonObject Payload()
    {
        var payload = new JsonObject();
        foreach (var field in Fields)
        {
            var value = _values.GetValueOrDefault(field.Name);
            JsonNode? node = field.Type switch
            {
                FormFieldType.Flag => JsonValue.Create(value is true),
                FormFieldType.Number when value is decimal number => JsonValue.Create(number),
                _ when value is string s => JsonValue.Create(s.Trim()),
                _ => null,
            };
            if (node is not null)
            {
                payload[field.Name] = node;
            }
        }

        return payload;
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    private string Translate(string key, string fallback)
    {
        var translated = text[key];
        return translated.ResourceNotFound ? fallback : translated.Value;
    }
}
