using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// Checks a submitted payload against the form a task declared, in full, before anything runs: types, required
/// fields, bounds of numbers, dates and texts, a date never after today or never before another field's, the lines of
/// repeated groups, and no field the form does not have.
/// The one place of these rules: the engine applies them to every completion, the screens to what the user types.
/// </summary>
public static class FormValidator
{
    /// <summary>Enough to correct a form; a payload breaking more rules is not worth reading further.</summary>
    private const int MaxRefusals = 100;

    /// <summary>Every broken rule (up to a hundred), each naming its field's path; empty when the payload is acceptable.</summary>
    public static IReadOnlyList<Refusal> Validate(IReadOnlyList<FormField> form, JsonObject? payload, FormLimits limits, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(limits);
        var refusals = new List<Refusal>();
        Check(form, payload ?? [], string.Empty, new Bounds(limits, today), refusals);
        return refusals;
    }

    private static void Check(IReadOnlyList<FormField> form, JsonObject payload, string prefix, Bounds bounds, List<Refusal> refusals)
    {
        foreach (var field in form)
        {
            if (refusals.Count >= MaxRefusals)
            {
                return;
            }

            var path = prefix + field.Name;
            var value = payload[field.Name];
            if (value is null)
            {
                if (field.Required)
                {
                    refusals.Add(new Refusal(path, FormErrorCodes.Required, $"'{path}' is required."));
                }

                continue;
            }

            if (CheckValue(field, value, path, bounds, refusals) is { } refusal)
            {
                refusals.Add(refusal);
            }
            else if (field.Type == FormFieldType.Date && Order(field, form, payload, path) is { } order)
            {
                refusals.Add(order);
            }
        }

        foreach (var (name, _) in payload)
        {
            if (refusals.Count >= MaxRefusals)
            {
                return;
            }

            if (!form.Any(f => string.Equals(f.Name, name, StringComparison.Ordinal)))
            {
                refusals.Add(new Refusal(prefix + name, FormErrorCodes.Unknown, $"'{prefix + name}' is not a field of this form."));
            }
        }
    }

    private static Refusal? CheckValue(FormField field, JsonNode value, string path, Bounds bounds, List<Refusal> refusals)
    {
        var kind = value.GetValueKind();
        return field.Type switch
        {
            FormFieldType.Number => kind == JsonValueKind.Number ? CheckNumber(field, value, path, bounds) : NotA(path, FormErrorCodes.Number, "a number"),
            FormFieldType.Flag => kind is JsonValueKind.True or JsonValueKind.False ? null : NotA(path, FormErrorCodes.Flag, "true or false"),
            FormFieldType.Date => CheckDate(field, value, kind, path, bounds),
            FormFieldType.Choice when kind != JsonValueKind.String || !(field.Choices ?? []).Contains(value.GetValue<string>(), StringComparer.Ordinal) =>
                new Refusal(path, FormErrorCodes.Choice, $"'{path}' must be one of {string.Join(", ", field.Choices ?? [])}."),
            FormFieldType.Choice => null,
            FormFieldType.Group => CheckGroup(field, value, path, bounds, refusals),
            _ when kind != JsonValueKind.String => NotA(path, FormErrorCodes.Text, "a text"),
            _ when value.GetValue<string>().Length > MaxLength(field, bounds) =>
                new Refusal(path, FormErrorCodes.MaxLength, $"'{path}' must be at most {MaxLength(field, bounds)} characters.", MaxLength(field, bounds)),
            _ => null,
        };
    }

    private static int MaxLength(FormField field, Bounds bounds) => field.MaxLength ?? bounds.Limits.MaxTextLength;

    private static Refusal NotA(string path, string code, string what) => new(path, code, $"'{path}' must be {what}.");

    /// <summary>
    /// Read from the JSON text, so a number beyond decimal (<c>1e308</c>) is a refusal, not an overflow; a field without
    /// bounds of its own keeps within the largest amount.
    /// </summary>
    private static Refusal? CheckNumber(FormField field, JsonNode value, string path, Bounds bounds)
    {
        var min = field.Min ?? -bounds.Limits.LargestNumber;
        var max = field.Max ?? bounds.Limits.LargestNumber;
        var text = value.ToJsonString();
        var parsed = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number);
        if ((parsed && number < min) || (!parsed && text.StartsWith('-')))
        {
            return new Refusal(path, FormErrorCodes.Min, $"'{path}' must be at least {Invariant(min)}.", min);
        }

        return !parsed || number > max
            ? new Refusal(path, FormErrorCodes.Max, $"'{path}' must be at most {Invariant(max)}.", max)
            : null;
    }

    private static Refusal? CheckDate(FormField field, JsonNode value, JsonValueKind kind, string path, Bounds bounds)
    {
        if (ReadDate(value, kind) is not { } date)
        {
            return new Refusal(path, FormErrorCodes.Date, $"'{path}' must be a date (yyyy-MM-dd).");
        }

        if (date < bounds.Limits.EarliestDate || date > bounds.Latest)
        {
            return new Refusal(path, FormErrorCodes.DateRange, $"'{path}' must be between {Invariant(bounds.Limits.EarliestDate)} and {Invariant(bounds.Latest)}.",
                bounds.Limits.EarliestDate, bounds.Latest);
        }

        return field.NotAfterToday && date > bounds.Today
            ? new Refusal(path, FormErrorCodes.InFuture, $"'{path}' ({Invariant(date)}) is after today ({Invariant(bounds.Today)}).", date, bounds.Today)
            : null;
    }

    /// <summary>
    /// A date before the field it may not precede (the same form or line); said only when both are dates, the other's
    /// own mistakes being said on it.
    /// </summary>
    private static Refusal? Order(FormField field, IReadOnlyList<FormField> form, JsonObject payload, string path)
    {
        if (field.NotBefore is not { } other
            || ReadDate(payload[field.Name]) is not { } date
            || !form.Any(f => f.Type == FormFieldType.Date && string.Equals(f.Name, other, StringComparison.Ordinal))
            || ReadDate(payload[other]) is not { } start
            || date >= start)
        {
            return null;
        }

        return new Refusal(path, FormErrorCodes.EndBeforeStart, $"'{path}' ({Invariant(date)}) is before '{other}' ({Invariant(start)}).", date, start);
    }

    private static DateOnly? ReadDate(JsonNode? value) => value is null ? null : ReadDate(value, value.GetValueKind());

    private static DateOnly? ReadDate(JsonNode value, JsonValueKind kind) =>
        kind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The count first: a list far too long is refused without reading its lines.</summary>
    private static Refusal? CheckGroup(FormField field, JsonNode value, string path, Bounds bounds, List<Refusal> refusals)
    {
        if (value is not JsonArray lines)
        {
            return NotA(path, FormErrorCodes.List, "a list of lines");
        }

        var maxItems = field.MaxItems ?? bounds.Limits.MaxItems;
        if (lines.Count > maxItems)
        {
            return new Refusal(path, FormErrorCodes.MaxItems, $"'{path}' must have at most {maxItems} lines.", maxItems);
        }

        if (field.Required && lines.Count == 0)
        {
            return new Refusal(path, FormErrorCodes.Required, $"'{path}' is required.");
        }

        for (var i = 0; i < lines.Count && refusals.Count < MaxRefusals; i++)
        {
            if (lines[i] is JsonObject line)
            {
                Check(field.Fields ?? [], line, $"{path}[{i}].", bounds, refusals);
            }
            else
            {
                refusals.Add(NotA($"{path}[{i}]", FormErrorCodes.List, "a line of the list"));
            }
        }

        return null;
    }

    private static string Invariant(IFormattable value) => value.ToString(value is DateOnly ? "yyyy-MM-dd" : null, CultureInfo.InvariantCulture);

    private sealed record Bounds(FormLimits Limits, DateOnly Today)
    {
        public DateOnly Latest { get; } = Limits.LatestDate(Today);
    }
}
