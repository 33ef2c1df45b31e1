using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The values a user enters in a task's declared form, checked by the engine's own <see cref="FormValidator"/> (the
/// rules the completion is checked with) and worded in the user's language. Values are kept by path: a field's name,
/// or <c>group[line].field</c> in a repeated group. A field shows its message once touched, every field after a
/// submit; the payload holds only the fields given, typed as the engine expects.
/// </summary>
public sealed class TaskFormState
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private readonly IStringLocalizer<UiText> _text;
    private readonly FormLimits _limits;
    private readonly DateOnly _today;
    private readonly IReadOnlyDictionary<string, string> _choiceNames;
    private IReadOnlyList<Refusal>? _refusals;
    private bool _submitted;

    /// <summary>A form to fill; <paramref name="choiceNames"/> names the choices that are ids (household members by person id).</summary>
    public TaskFormState(IReadOnlyList<FormField> fields, IStringLocalizer<UiText> text, FormLimits? limits = null, DateOnly? today = null,
        IReadOnlyDictionary<string, string>? choiceNames = null)
    {
        Fields = fields;
        _text = text;
        _limits = limits ?? TaskForms.Limits;
        _today = today ?? _limits.Today(DateTimeOffset.UtcNow);
        _choiceNames = choiceNames ?? new Dictionary<string, string>();
    }

    public IReadOnlyList<FormField> Fields { get; }

    public string? Text(string path) => _values.GetValueOrDefault(path) as string;

    public decimal? Number(string path) => _values.GetValueOrDefault(path) as decimal?;

    /// <summary>A number as the user typed it, or a given one written the culture's way.</summary>
    public string? NumberText(string path) => _values.GetValueOrDefault(path) switch
    {
        decimal number => number.ToString("0.##", CultureInfo.CurrentCulture),
        string typed => typed,
        _ => null,
    };

    /// <summary>
    /// Keeps what the user typed: a number read the culture's way (spaces between thousands allowed), else the text
    /// itself, which the form's rules refuse as not a number. Nothing is clamped, rounded or dropped.
    /// </summary>
    public void SetNumber(string path, string? typed)
    {
        var text = typed?.Trim();
        var digits = text?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        Set(path, decimal.TryParse(digits, NumberStyles.Number, CultureInfo.CurrentCulture, out var number) ? number : text);
    }

    public bool Flag(string path) => _values.GetValueOrDefault(path) is true;

    public void Set(string path, object? value)
    {
        _values[path] = value is string s && string.IsNullOrWhiteSpace(s) ? null : value;
        _touched.Add(path);
        _refusals = null;
    }

    /// <summary>Starts a top-level field with a value the user did not type (a proposal's calculated amount); it stays untouched until changed.</summary>
    public void Prefill(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var field in Fields.Where(f => f.Type != FormFieldType.Group && values.ContainsKey(f.Name)))
        {
            _values[field.Name] = values[field.Name];
        }
    }

    /// <summary>How many lines a repeated group has.</summary>
    public int Lines(FormField group) => _lines.GetValueOrDefault(group.Name);

    public bool CanAddLine(FormField group) => Lines(group) < (group.MaxItems ?? _limits.MaxItems);

    public void AddLine(FormField group)
    {
        _lines[group.Name] = Lines(group) + 1;
        _refusals = null;
    }

    /// <summary>Removes a line; the lines after it move up one place, with their values.</summary>
    public void RemoveLine(FormField group, int line)
    {
        var count = Lines(group);
        for (var i = line; i < count - 1; i++)
        {
            foreach (var sub in group.Fields ?? [])
            {
                _values[Path(group, i, sub)] = _values.GetValueOrDefault(Path(group, i + 1, sub));
            }
        }

        foreach (var sub in group.Fields ?? [])
        {
            _values.Remove(Path(group, count - 1, sub));
        }

        _lines[group.Name] = count - 1;
        _refusals = null;
    }

    public static string Path(FormField group, int line, FormField field) => $"{group.Name}[{line}].{field.Name}";

    /// <summary>The label of a field: its translation when the texts have one, else its name.</summary>
    public string Label(FormField field) => RuleTexts.Label(_text, field.Name) + (field.Required ? " *" : "");

    /// <summary>The label of a choice: a known id's name, its translation when the texts have one, else the value itself.</summary>
    public string ChoiceLabel(string choice) =>
        _choiceNames.TryGetValue(choice, out var name) ? name
        : _text[$"Choice_{choice}"] is { ResourceNotFound: false } translated ? translated.Value
        : _text[ChoiceKey(choice)] is { ResourceNotFound: false } word ? word.Value
        : choice;

    /// <summary>
    /// The text key of a choice written with a capital (an activity's <c>Suspend</c>) when the texts word it in lower case
    /// (a definition's <c>suspend</c>): resource names cannot differ by case only, so both share one text.
    /// </summary>
    public static string ChoiceKey(string choice) => $"Choice_{choice.ToLowerInvariant()}";

    /// <summary>The message shown under a top-level field, or null (also null for an untouched field before the first submit).</summary>
    public string? ErrorShown(FormField field) => ErrorShown(field.Name);

    /// <summary>The message shown under the field at <paramref name="path"/>, or null.</summary>
    public string? ErrorShown(string path) => _submitted || _touched.Contains(path) ? Error(path) : null;

    /// <summary>The first rule the value at <paramref name="path"/> breaks, in the user's language, or null.</summary>
    public string? Error(string path) =>
        Refusals.FirstOrDefault(refusal => string.Equals(refusal.Field, path, StringComparison.Ordinal)) is { } refusal
            ? RuleTexts.Describe(_text, refusal)
            : null;

    /// <summary>Marks every field as seen and tells whether the form may go to the server.</summary>
    public bool Submit()
    {
        _submitted = true;
        return Refusals.Count == 0;
    }

    /// <summary>The payload for the completion: the given fields, typed; a flag is always given; a group's lines in order.</summary>
    public JsonObject Payload() => Build(Fields, field => field.Name);

    private IReadOnlyList<Refusal> Refusals => _refusals ??= FormValidator.Validate(Fields, Payload(), _limits, _today);

    private JsonObject Build(IReadOnlyList<FormField> fields, Func<FormField, string> pathOf)
    {
        var payload = new JsonObject();
        foreach (var field in fields)
        {
            var path = pathOf(field);
            JsonNode? node = field.Type switch
            {
                FormFieldType.Group => Group(field),
                FormFieldType.Flag => JsonValue.Create(_values.GetValueOrDefault(path) is true),
                FormFieldType.Number when _values.GetValueOrDefault(path) is decimal number => JsonValue.Create(number),
                FormFieldType.Number when _values.GetValueOrDefault(path) is string typed => JsonValue.Create(typed),
                _ when _values.GetValueOrDefault(path) is string s => JsonValue.Create(s.Trim()),
                _ => null,
            };
            if (node is not null)
            {
                payload[field.Name] = node;
            }
        }

        return payload;
    }

    private JsonArray? Group(FormField group)
    {
        var count = Lines(group);
        if (count == 0)
        {
            return null;
        }

        var lines = new JsonArray();
        for (var line = 0; line < count; line++)
        {
            var i = line;
            lines.Add(Build(group.Fields ?? [], sub => Path(group, i, sub)));
        }

        return lines;
    }
}
