using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Activities.Inputs;

/// <summary>
/// The inputs of one input record: their descriptors (name in camel case, type from the property's CLR type, required
/// when not nullable and without default), and how to build the record from converted values.
/// </summary>
internal sealed class ActivityInputModel
{
    private readonly Type _recordType;
    private readonly ConstructorInfo? _constructor;
    private readonly List<(ActivityInputDescriptor Descriptor, PropertyInfo Property, object? Default)> _inputs;

    private ActivityInputModel(Type recordType, ConstructorInfo? constructor, List<(ActivityInputDescriptor, PropertyInfo, object?)> inputs)
    {
        _recordType = recordType;
        _constructor = constructor;
        _inputs = inputs;
    }

    public IReadOnlyList<ActivityInputDescriptor> Descriptors => [.. _inputs.Select(i => i.Descriptor)];

    public static ActivityInputModel For(Type recordType, string activityType)
    {
        var nullability = new NullabilityInfoContext();
        var properties = recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToList();
        var constructor = recordType.GetConstructors()
            .Where(c => c.GetParameters().Length > 0
                && c.GetParameters().All(p => properties.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            .MaxBy(c => c.GetParameters().Length);
        if (constructor is null && recordType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException($"{recordType} needs a constructor taking its inputs, or none.", nameof(recordType));
        }

        var inputs = new List<(ActivityInputDescriptor, PropertyInfo, object?)>();
        foreach (var property in properties)
        {
            if (constructor is null && !property.CanWrite)
            {
                continue;
            }

            var parameter = constructor?.GetParameters().FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            var attribute = property.GetCustomAttribute<ActivityInputAttribute>() ?? parameter?.GetCustomAttribute<ActivityInputAttribute>();
            var choicesFrom = property.GetCustomAttribute<ActivityInputChoicesAttribute>() ?? parameter?.GetCustomAttribute<ActivityInputChoicesAttribute>();
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var converter = InputConverter.For(property.PropertyType, attribute?.Type, Choices(attribute, choicesFrom));

            var clrDefault = parameter is { HasDefaultValue: true } ? ClrDefault(parameter.DefaultValue, property.PropertyType) : null;
            var defaultJson = attribute?.DefaultJson is { } json ? JsonNode.Parse(json) : clrDefault is null ? null : JsonValueOf(clrDefault);
            object? defaultValue = clrDefault;
            if (attribute?.DefaultJson is not null && defaultJson is not null
                && converter.TryConvert(defaultJson, literal: true, out defaultValue) is { } error)
            {
                throw new ArgumentException($"The default of input '{name}' of {activityType} {error}.", nameof(recordType));
            }

            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (!property.PropertyType.IsValueType && nullability.Create(property).WriteState == NullabilityState.Nullable);
            var descriptor = new ActivityInputDescriptor(
                name,
                converter.Type,
                Required: !nullable && defaultJson is null,
                defaultJson,
                attribute?.Journaled ?? false,
                attribute?.HelpKey ?? $"Activity.{activityType}.Input.{name}.Help")
            {
                Choices = converter.Choices,
                Converter = converter,
            };
            inputs.Add((descriptor, property, defaultValue));
        }

        return new ActivityInputModel(recordType, constructor, inputs);
    }

    /// <summary>Builds the record from converted values by input name; an absent input takes its default, else null.</summary>
    public object Create(IReadOnlyDictionary<string, object?> values)
    {
        object? ValueOf((ActivityInputDescriptor Descriptor, PropertyInfo Property, object? Default) input) =>
            values.TryGetValue(input.Descriptor.Name, out var value) && value is not null
                ? value
                : input.Default ?? (input.Property.PropertyType.IsValueType ? Activator.CreateInstance(input.Property.PropertyType) : null);

        if (_constructor is not null)
        {
            var arguments = _constructor.GetParameters()
                .Select(p => ValueOf(_inputs.First(i => string.Equals(i.Property.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
                .ToArray();
            return _constructor.Invoke(arguments);
        }

        var record = Activator.CreateInstance(_recordType)!;
        foreach (var input in _inputs)
        {
            input.Property.SetValue(record, ValueOf(input));
        }

        return record;
    }

    private static List<string>? Choices(ActivityInputAttribute? attribute, ActivityInputChoicesAttribute? from)
    {
        if (from is not null)
        {
            var member = from.Source.GetProperty(from.Member, BindingFlags.Public | BindingFlags.Static)
                ?? throw new ArgumentException($"{from.Source} has no public static property {from.Member}.", nameof(from));
            return [.. ((IEnumerable<string>)member.GetValue(null)!)];
        }

        return attribute?.Choices is { Length: > 0 } choices ? [.. choices] : null;
    }

    // An enum parameter's default may come back as its underlying number.
    private static object? ClrDefault(object? value, Type propertyType) =>
        value is not null && (Nullable.GetUnderlyingType(propertyType) ?? propertyType) is { IsEnum: true } enumType && value.GetType() != enumType
            ? Enum.ToObject(enumType, value)
            : value;

    private static JsonNode? JsonValueOf(object value) => value switch
    {
        Enum e => JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(e.ToString())),
        _ => JsonSerializer.SerializeToNode(value),
    };
}
