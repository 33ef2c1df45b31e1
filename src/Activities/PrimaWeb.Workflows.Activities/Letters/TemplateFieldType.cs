using System.Reflection;
using Fluid;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// The shape of a value a template can reach, read from the letter model's types: an object with named fields, a list,
/// an amount (which must be printed through <c>| money</c>), another plain value, or unknown (a variable the template
/// assigned itself, which is not checked further).
/// </summary>
internal sealed class TemplateFieldType
{
    public static readonly TemplateFieldType Any = new(TemplateFieldKind.Any, typeof(object));
    public static readonly TemplateFieldType Value = new(TemplateFieldKind.Value, typeof(object));

    private TemplateFieldType(TemplateFieldKind kind, Type clrType)
    {
        Kind = kind;
        ClrType = clrType;
    }

    public TemplateFieldKind Kind { get; }

    public Type ClrType { get; }

    public IReadOnlyDictionary<string, TemplateFieldType> Fields { get; private set; } = new Dictionary<string, TemplateFieldType>();

    public TemplateFieldType? Element { get; private set; }

    /// <summary>Reads the shape of <paramref name="type"/>; <paramref name="objectTypes"/> collects the model types met, for the member access strategy.</summary>
    public static TemplateFieldType Of(Type type, ISet<Type> objectTypes)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(decimal))
        {
            return new TemplateFieldType(TemplateFieldKind.Money, type);
        }

        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(DateOnly))
        {
            return new TemplateFieldType(TemplateFieldKind.Value, type);
        }

        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
        if (element is not null)
        {
            return new TemplateFieldType(TemplateFieldKind.List, type) { Element = Of(element, objectTypes) };
        }

        // Only the letter model's own records are objects; anything else prints as a value and exposes nothing.
        if (type.Namespace != typeof(LetterModel).Namespace)
        {
            return new TemplateFieldType(TemplateFieldKind.Value, type);
        }

        objectTypes.Add(type);
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => MemberNameStrategies.SnakeCase(p), p => Of(p.PropertyType, objectTypes), StringComparer.Ordinal);
        return new TemplateFieldType(TemplateFieldKind.Object, type) { Fields = fields };
    }
}
