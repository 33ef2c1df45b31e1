using System.Globalization;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Variables;

/// <summary>
/// A workflow variable that definitions and activities share, declared once in a <see cref="VariableFamily"/>: its
/// name in Liquid and in the instance's state, its type, and what it means. Activities read and write it through
/// <see cref="Execution.ActivityContext.Get{T}"/> and <see cref="Execution.ActivityContext.Set{T}"/>, and say so in
/// <see cref="Activities.IActivity.Variables"/>.
/// </summary>
public abstract class WorkflowVariable
{
    private protected WorkflowVariable(string name, VariableType type, string description, IReadOnlyList<string>? choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
        Description = description;
        Choices = choices;
    }

    public string Name { get; }

    public VariableType Type { get; }

    /// <summary>What the variable holds, for developers and analysts (docs/activities.md is generated from it).</summary>
    public string Description { get; }

    /// <summary>The values of a <see cref="VariableType.Choice"/>.</summary>
    public IReadOnlyList<string>? Choices { get; }

    /// <summary>True when the host sets it as it starts the instance, rather than an activity or the definition.</summary>
    public bool SetAtStart { get; init; }

    public override string ToString() => $"{Name} ({Type})";
}

/// <summary>
/// A workflow variable of CLR type <typeparamref name="T"/>: <c>string</c>, <c>Guid</c>, <c>DateOnly</c>,
/// <c>DateTimeOffset</c>, <c>int</c>, <c>decimal</c>, <c>bool</c>, an enum, or a <c>JsonNode</c> (each nullable). Its
/// JSON form is fixed here: dates yyyy-MM-dd, instants ISO 8601 to the second, ids and enum values as text.
/// </summary>
public sealed class WorkflowVariable<T> : WorkflowVariable
{
    private static readonly Type Clr = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);

    public WorkflowVariable(string name, string description)
        : base(name, TypeOf(Clr), description, Clr.IsEnum ? Enum.GetNames(Clr) : null)
    {
    }

    /// <summary>The JSON the instance's state holds for <paramref name="value"/>.</summary>
    public JsonNode? ToJson(T value) => value switch
    {
        null => null,
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset instant => JsonValue.Create(instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)),
        Guid id => JsonValue.Create(id.ToString("D", CultureInfo.InvariantCulture)),
        Enum choice => JsonValue.Create(choice.ToString()),
        JsonNode node => node.DeepClone(),
        string text => JsonValue.Create(text),
        int number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        _ => throw new InvalidOperationException($"Variable '{Name}' cannot hold a {value.GetType().Name}."),
    };

    /// <summary>The value <paramref name="json"/> holds; default when absent; throws, naming the variable, when it holds something else.</summary>
    public T FromJson(JsonNode? json)
    {
        if (json is null)
        {
            return default!;
        }

        if (typeof(JsonNode).IsAssignableFrom(Clr))
        {
            return Clr.IsInstanceOfType(json)
                ? (T)(object)json.DeepClone()
                : throw new InvalidOperationException($"The workflow variable '{Name}' holds {json.ToJsonString()}, not a {Type}.");
        }

        if (json is JsonValue value && Convert(value) is { } converted)
        {
            return (T)converted;
        }

        throw new InvalidOperationException($"The workflow variable '{Name}' holds {json.ToJsonString()}, not a {Type}.");
    }

    private static object? Convert(JsonValue value)
    {
        var text = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;
        var number = value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : (decimal?)null;
        return Clr switch
        {
            _ when Clr == typeof(string) => text ?? value.ToJsonString(),
            _ when Clr == typeof(Guid) => Guid.TryParse(text, out var id) ? id : null,
            _ when Clr == typeof(DateOnly) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            _ when Clr == typeof(DateTimeOffset) => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null,
            _ when Clr == typeof(int) => number is { } n && decimal.Truncate(n) == n ? (int)n : null,
            _ when Clr == typeof(decimal) => number,
            _ when Clr == typeof(bool) => value.TryGetValue<bool>(out var flag) ? flag : null,
            _ when Clr.IsEnum => Enum.TryParse(Clr, text, ignoreCase: true, out var choice) ? choice : null,
            _ => null,
        };
    }

    private static VariableType TypeOf(Type clr) => clr switch
    {
        _ when clr == typeof(string) => VariableType.Text,
        _ when clr == typeof(Guid) => VariableType.Id,
        _ when clr == typeof(DateOnly) => VariableType.Date,
        _ when clr == typeof(DateTimeOffset) => VariableType.Instant,
        _ when clr == typeof(int) => VariableType.WholeNumber,
        _ when clr == typeof(decimal) => VariableType.Number,
        _ when clr == typeof(bool) => VariableType.Flag,
        _ when clr.IsEnum => VariableType.Choice,
        _ when clr == typeof(JsonObject) => VariableType.Record,
        _ when clr == typeof(JsonArray) => VariableType.List,
        _ when clr == typeof(JsonNode) => VariableType.Any,
        _ => throw new ArgumentException($"A workflow variable cannot be a {clr.Name}.", nameof(clr)),
    };
}
