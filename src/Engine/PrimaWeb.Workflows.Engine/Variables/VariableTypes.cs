using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Variables;

/// <summary>How the variable types of a definition and of the declarations compare, and which JSON values they hold.</summary>
public static class VariableTypes
{
    private static readonly Dictionary<string, VariableType> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["any"] = VariableType.Any,
        ["string"] = VariableType.Text,
        ["number"] = VariableType.Number,
        ["integer"] = VariableType.WholeNumber,
        ["boolean"] = VariableType.Flag,
        ["date"] = VariableType.Date,
        ["instant"] = VariableType.Instant,
        ["id"] = VariableType.Id,
        ["object"] = VariableType.Record,
        ["array"] = VariableType.List,
    };

    /// <summary>The type a definition names (<c>string</c>, <c>date</c>, <c>boolean</c> …), or null when it names none we know.</summary>
    public static VariableType? Parse(string name) => Names.TryGetValue(name, out var type) ? type : null;

    /// <summary>The type names a definition may write (the JSON Schema lists the same).</summary>
    public static IEnumerable<string> KnownNames => Names.Keys;

    /// <summary>
    /// Whether a variable declared <paramref name="stated"/> may hold what <paramref name="declared"/> says: the same
    /// type, <see cref="VariableType.Any"/> on either side, or a broader type (a date, an instant, an id and a choice are
    /// texts; a whole number is a number).
    /// </summary>
    public static bool Fits(VariableType stated, VariableType declared) => (stated, declared) switch
    {
        _ when stated == declared => true,
        (VariableType.Any, _) or (_, VariableType.Any) => true,
        (VariableType.Text, VariableType.Date or VariableType.Instant or VariableType.Id or VariableType.Choice) => true,
        (VariableType.Number, VariableType.WholeNumber) => true,
        _ => false,
    };

    /// <summary>Whether a JSON value (null always does) can be held by a variable of <paramref name="type"/> with these choices.</summary>
    public static bool Holds(VariableType type, JsonNode? value, IReadOnlyList<string>? choices = null)
    {
        if (value is null)
        {
            return true;
        }

        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        return type switch
        {
            VariableType.Any => true,
            VariableType.Text => text is not null,
            VariableType.Number => kind == JsonValueKind.Number,
            VariableType.WholeNumber => kind == JsonValueKind.Number && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && decimal.Truncate(n) == n,
            VariableType.Flag => kind is JsonValueKind.True or JsonValueKind.False,
            VariableType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            VariableType.Instant => text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            VariableType.Id => Guid.TryParse(text, out _),
            VariableType.Choice => text is not null && (choices is null || choices.Contains(text, StringComparer.OrdinalIgnoreCase)),
            VariableType.Record => kind == JsonValueKind.Object,
            VariableType.List => kind == JsonValueKind.Array,
            _ => false,
        };
    }

    /// <summary>The type of a literal value a definition writes (a SetVariable's value); null for JSON null.</summary>
    public static VariableType? Of(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => VariableType.Text,
        JsonValueKind.Number => VariableType.Number,
        JsonValueKind.True or JsonValueKind.False => VariableType.Flag,
        JsonValueKind.Object => VariableType.Record,
        JsonValueKind.Array => VariableType.List,
        _ => VariableType.Any,
    };
}
