using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.Inputs;

/// <summary>
/// Turns the JSON of one input into the CLR value of its property. A literal written in a definition must already have
/// the declared JSON shape (a date is a "yyyy-MM-dd" string, a whole number a number); the result of a Liquid expression
/// is also read from text, since Liquid often gives text.
/// </summary>
internal sealed class InputConverter
{
    private static readonly JsonSerializerOptions ObjectOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private InputConverter(ActivityInputType type, Type clrType, IReadOnlyList<string>? choices, InputConverter? item)
    {
        Type = type;
        ClrType = clrType;
        Choices = choices;
        Item = item;
    }

    public ActivityInputType Type { get; }

    /// <summary>The property's type without <see cref="Nullable{T}"/>.</summary>
    public Type ClrType { get; }

    public IReadOnlyList<string>? Choices { get; }

    /// <summary>The converter of a list's items.</summary>
    public InputConverter? Item { get; }

    /// <summary>The converter of <paramref name="clrType"/>, with the type and choices the attribute may impose.</summary>
    public static InputConverter For(Type clrType, ActivityInputType? declared, IReadOnlyList<string>? choices)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (type.IsEnum)
        {
            return new InputConverter(ActivityInputType.Choice, type, [.. Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName)], null);
        }

        if (ListItemType(type) is { } itemType && !typeof(JsonNode).IsAssignableFrom(type))
        {
            return new InputConverter(ActivityInputType.List, type, null, For(itemType, null, null));
        }

        var inferred = Infer(type);
        if (declared is { } given && !Fits(given, inferred))
        {
            throw new ArgumentException($"An input of CLR type {type.Name} cannot be declared {given}.", nameof(declared));
        }

        var final = declared ?? (choices is { Count: > 0 } && inferred == ActivityInputType.Text ? ActivityInputType.Choice : inferred);
        return new InputConverter(final, type, choices, null);
    }

    /// <summary>
    /// Converts <paramref name="node"/> (never JSON null: the caller handles absence). Returns null on success, or why the
    /// value does not fit, in words naming the expected shape.
    /// </summary>
    public string? TryConvert(JsonNode node, bool literal, out object? value)
    {
        value = null;
        var kind = node.GetValueKind();
        var text = kind == JsonValueKind.String ? node.GetValue<string>() : null;
        switch (Type)
        {
            case ActivityInputType.Text or ActivityInputType.Role:
                if (text is not null || (!literal && kind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
                {
                    value = text ?? node.ToJsonString();
                    return null;
                }

                return "must be a text";
            case ActivityInputType.Choice:
                return ConvertChoice(text, out value);
            case ActivityInputType.Number:
                return ConvertNumber(node, kind, text, literal, whole: false, out value);
            case ActivityInputType.WholeNumber:
                return ConvertNumber(node, kind, text, literal, whole: true, out value);
            case ActivityInputType.Flag or ActivityInputType.Condition:
                if (kind is JsonValueKind.True or JsonValueKind.False)
                {
                    value = kind == JsonValueKind.True;
                    return null;
                }

                if (!literal && bool.TryParse(text, out var flag))
                {
                    value = flag;
                    return null;
                }

                return "must be true or false";
            case ActivityInputType.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    value = date;
                    return null;
                }

                return "must be a date written yyyy-MM-dd";
            case ActivityInputType.Instant:
                if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
                {
                    value = instant;
                    return null;
                }

                return "must be an instant in ISO 8601 (e.g. 2026-03-02T09:00:00+01:00)";
            case ActivityInputType.Duration:
                if (IsoDuration.TryParse(text, out var duration))
                {
                    value = duration;
                    return null;
                }

                return "must be an ISO 8601 duration such as P30D, P1M or PT2H";
            case ActivityInputType.List:
                return ConvertList(node, literal, out value);
            default:
                return ConvertJson(node, out value);
        }
    }

    private string? ConvertChoice(string? text, out object? value)
    {
        value = null;
        var choice = Choices!.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        if (choice is null)
        {
            return $"must be one of {string.Join(", ", Choices!)}";
        }

        value = ClrType.IsEnum ? Enum.Parse(ClrType, choice, ignoreCase: true) : choice;
        return null;
    }

    private string? ConvertNumber(JsonNode node, JsonValueKind kind, string? text, bool literal, bool whole, out object? value)
    {
        value = null;
        var source = kind == JsonValueKind.Number ? node.ToJsonString() : literal ? null : text;
        var expected = whole ? "must be a whole number" : "must be a number";
        if (source is null || !decimal.TryParse(source, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return expected;
        }

        if (whole && decimal.Truncate(number) != number)
        {
            return expected;
        }

        try
        {
            value = Convert.ChangeType(number, ClrType, CultureInfo.InvariantCulture);
            return null;
        }
        catch (OverflowException)
        {
            return $"is too large ({expected[5..]})";
        }
    }

    private string? ConvertList(JsonNode node, bool literal, out object? value)
    {
        value = null;
        if (node is not JsonArray array)
        {
            return "must be a list (a JSON array)";
        }

        var items = Array.CreateInstance(Item!.ClrType, array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not { } element)
            {
                return $"item {i} must not be null";
            }

            if (Item.TryConvert(element, literal, out var item) is { } error)
            {
                return $"item {i} {error}";
            }

            items.SetValue(item, i);
        }

        value = items;
        return null;
    }

    private string? ConvertJson(JsonNode node, out object? value)
    {
        if (ClrType.IsInstanceOfType(node))
        {
            value = node.DeepClone();
            return null;
        }

        try
        {
            value = node.Deserialize(ClrType, ObjectOptions);
            return value is null ? $"must be a {ClrType.Name}" : null;
        }
        catch (JsonException ex)
        {
            value = null;
            return $"must be a {ClrType.Name}: {ex.Message}";
        }
    }

    private static ActivityInputType Infer(Type type) => type switch
    {
        _ when type == typeof(string) => ActivityInputType.Text,
        _ when type == typeof(bool) => ActivityInputType.Flag,
        _ when type == typeof(int) || type == typeof(long) => ActivityInputType.WholeNumber,
        _ when type == typeof(decimal) || type == typeof(double) => ActivityInputType.Number,
        _ when type == typeof(DateOnly) => ActivityInputType.Date,
        _ when type == typeof(DateTimeOffset) => ActivityInputType.Instant,
        _ when type == typeof(IsoDuration) => ActivityInputType.Duration,
        _ => ActivityInputType.Json,
    };

    private static bool Fits(ActivityInputType declared, ActivityInputType inferred) => (declared, inferred) switch
    {
        _ when declared == inferred => true,
        (ActivityInputType.Role or ActivityInputType.Choice, ActivityInputType.Text) => true,
        (ActivityInputType.Condition, ActivityInputType.Flag) => true,
        _ => false,
    };

    private static Type? ListItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;
    }
}
