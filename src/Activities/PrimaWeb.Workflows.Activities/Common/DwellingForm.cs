using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>
/// A dwelling's address on a task's form: the same fields wherever a step asks where someone lives, read into the
/// domain's <see cref="Address"/> (whose rules refuse a bad part on its own field), and a key that finds the same
/// dwelling however it was typed.
/// </summary>
public static class DwellingForm
{
    public static IReadOnlyList<FormField> Fields { get; } =
    [
        new("street", FormFieldType.Text, Required: true, MaxLength: 150),
        new("houseNumber", FormFieldType.Text, Required: true, MaxLength: 10),
        new("box", FormFieldType.Text, MaxLength: 10),
        new("postalCode", FormFieldType.Text, Required: true, MaxLength: 10),
        new("municipality", FormFieldType.Text, Required: true, MaxLength: 100),
    ];

    /// <summary>The address typed; a part the domain refuses refuses the completion on its field.</summary>
    public static Address Read(JsonNode? payload) => new(
        TaskOpening.Text(payload, "street")!, TaskOpening.Text(payload, "houseNumber")!, TaskOpening.Text(payload, "box"),
        TaskOpening.Text(payload, "postalCode")!, TaskOpening.Text(payload, "municipality")!);

    /// <summary>The fields filled with an address, as a form proposes it before the user types (where the person lives).</summary>
    public static IReadOnlyDictionary<string, object?> Values(Address dwelling)
    {
        ArgumentNullException.ThrowIfNull(dwelling);
        return new Dictionary<string, object?>
        {
            ["street"] = dwelling.Street,
            ["houseNumber"] = dwelling.HouseNumber,
            ["box"] = dwelling.Box,
            ["postalCode"] = dwelling.PostalCode,
            ["municipality"] = dwelling.Municipality,
        };
    }

    /// <summary>The address, or null when the payload has none (a task opened before its form asked for it).</summary>
    public static Address? ReadIfGiven(JsonNode? payload) => TaskOpening.Text(payload, "street") is null ? null : Read(payload);

    /// <summary>
    /// The postal code, street, number and box without case, accents, spaces or punctuation ("Rue de l'Église 5 bte 2"
    /// and "rue de l eglise 5 BTE 2" are one dwelling): the municipality is left out, the postal code already names it.
    /// </summary>
    public static string Key(Address dwelling)
    {
        ArgumentNullException.ThrowIfNull(dwelling);
        return string.Join('|', dwelling.PostalCode, Plain(dwelling.Street), Plain(dwelling.HouseNumber), Plain(dwelling.Box ?? string.Empty));
    }

    private static string Plain(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        return plain.ToString();
    }
}
