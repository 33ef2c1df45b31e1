using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// The bad inputs every write endpoint must refuse with a 400 problem and without writing anything: bodies that are
/// not JSON objects, and for each field of the endpoint's body the bad values of its kind (wrong JSON types, huge
/// texts, numbers and lists, dates far in the past or future, control and bidirectional characters, HTML and Liquid).
/// Each case is derived from a valid body by changing one thing, so the refusal can only be for that thing.
/// </summary>
internal static partial class BadInputCorpus
{
    private static readonly string HugeText = new('x', 100_001);

    /// <summary>The classes of bad input, as docs/reliability.md counts them.</summary>
    public static IReadOnlyList<string> Classes { get; } =
    [
        "malformed JSON", "not an object", "wrong JSON type", "huge text", "huge number", "far date", "huge list",
        "control character", "bidirectional override", "HTML in text", "Liquid in text",
    ];

    /// <summary>Every bad request for <paramref name="endpoint"/>: whole-body cases first, then per field.</summary>
    public static IEnumerable<BadInput> For(WriteEndpoint endpoint)
    {
        foreach (var (name, body) in WholeBodies())
        {
            yield return new BadInput(endpoint, name.Class, name.Case, null, body);
        }

        foreach (var field in endpoint.Fields)
        {
            foreach (var (@class, @case, value) in ValuesFor(field.Kind))
            {
                yield return new BadInput(endpoint, @class, @case, field.Path, With(endpoint.ValidBody, field, value).ToJsonString());
            }
        }
    }

    private static IEnumerable<((string Class, string Case), string Body)> WholeBodies()
    {
        yield return (("malformed JSON", "unterminated object"), "{\"a\": 1,");
        yield return (("malformed JSON", "single quotes"), "{'a': 1}");
        yield return (("malformed JSON", "trailing comma"), "{\"a\": 1,}");
        yield return (("malformed JSON", "bare word"), "{\"a\": yes}");
        yield return (("malformed JSON", "nested too deep"), new string('[', 40) + new string(']', 40));
        yield return (("not an object", "empty body"), "");
        yield return (("not an object", "array"), "[]");
        yield return (("not an object", "null"), "null");
        yield return (("not an object", "string"), "\"text\"");
        yield return (("not an object", "number"), "42");
    }

    private static IEnumerable<(string Class, string Case, JsonNode? Value)> ValuesFor(FieldKind kind)
    {
        switch (kind)
        {
            case FieldKind.Text or FieldKind.Date:
                yield return ("wrong JSON type", "number for text", 12);
                yield return ("wrong JSON type", "true for text", true);
                yield return ("wrong JSON type", "object for text", new JsonObject());
                yield return ("wrong JSON type", "list for text", new JsonArray());
                yield return ("huge text", "100,001 characters", HugeText);
                yield return ("control character", "NUL", "a\u0000b");
                yield return ("control character", "escape sequence", "\u001b[31mred");
                yield return ("control character", "bell", "ding\u0007");
                yield return ("bidirectional override", "right-to-left override", "abc\u202edcba");
                yield return ("bidirectional override", "left-to-right isolate", "\u2066abc\u2069");
                yield return ("HTML in text", "script", "<script>alert(1)</script>");
                yield return ("HTML in text", "image with handler", "<img src=x onerror=alert(1)>");
                yield return ("Liquid in text", "output", "{{ 'x' | upcase }}");
                yield return ("Liquid in text", "tag", "{% assign x = 1 %}");
                if (kind == FieldKind.Date)
                {
                    yield return ("far date", "9999-12-31", "9999-12-31");
                    yield return ("far date", "0001-01-01", "0001-01-01");
                    yield return ("far date", "1899-12-31", "1899-12-31");
                }

                break;
            case FieldKind.Number or FieldKind.Integer:
                yield return ("wrong JSON type", "text for number", "12");
                yield return ("wrong JSON type", "true for number", true);
                yield return ("wrong JSON type", "object for number", new JsonObject());
                yield return ("huge number", "1e308", JsonNode.Parse("1e308"));
                yield return ("huge number", "-1e308", JsonNode.Parse("-1e308"));
                yield return ("huge number", "1e400", JsonNode.Parse("1e400"));
                yield return ("huge number", "beyond decimal", JsonNode.Parse("79228162514264337593543950336"));
                yield return ("huge number", kind == FieldKind.Integer ? "beyond int" : "1e20", JsonNode.Parse(kind == FieldKind.Integer ? "10000000000" : "1e20"));
                break;
            case FieldKind.Flag:
                yield return ("wrong JSON type", "text for flag", "yes");
                yield return ("wrong JSON type", "number for flag", 1);
                break;
            case FieldKind.List:
                yield return ("wrong JSON type", "object for list", new JsonObject());
                yield return ("wrong JSON type", "text for list", "x");
                yield return ("huge list", "100,000 items", null);
                break;
            case FieldKind.Nested:
                yield return ("wrong JSON type", "list for object", new JsonArray());
                yield return ("wrong JSON type", "text for object", "x");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    /// <summary>
    /// A copy of <paramref name="body"/> with <paramref name="value"/> at the field's path; a null value for a list repeats
    /// the field's <see cref="BodyField.Item"/> (else the list's first item) 100,000 times.
    /// </summary>
    private static JsonObject With(JsonObject body, BodyField field, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        var steps = Step().Matches(field.Path).Select(m => m.Groups["name"].Success ? (object)m.Groups["name"].Value : int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        JsonNode parent = copy;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            parent = steps[i] is string name ? parent[name]! : parent[(int)steps[i]]!;
        }

        var last = (string)steps[^1];
        if (value is null)
        {
            var item = field.Item ?? parent[last]![0]!;
            value = new JsonArray([.. Enumerable.Range(0, 100_000).Select(_ => item.DeepClone())]);
        }

        parent[last] = value;
        return copy;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z][A-Za-z0-9]*)|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}

/// <summary>A write endpoint under test: who calls it, where, a body it would accept, and the fields of that body.</summary>
internal sealed record WriteEndpoint(string Name, HttpMethod Method, string Path, string User, JsonObject ValidBody, IReadOnlyList<BodyField> Fields);

/// <summary>
/// A field of a body, by its JSON path (<c>members[0].from</c>) and the kind of value it takes; for a list the body may
/// leave empty, an <see cref="Item"/> to repeat.
/// </summary>
internal sealed record BodyField(string Path, FieldKind Kind, JsonNode? Item = null);

internal enum FieldKind
{
    Text,
    Date,
    Number,
    Integer,
    Flag,
    List,
    Nested,
}

/// <summary>One bad request: its class and case, the field it spoils (null for the whole body) and the body sent.</summary>
internal sealed record BadInput(WriteEndpoint Endpoint, string Class, string Case, string? Field, string Body)
{
    /// <summary>How a failure names it: <c>complete record-resources · payload.rent · huge number · 1e20</c>.</summary>
    public string Id => $"{Endpoint.Name} · {Field ?? "body"} · {Class} · {Case}";
}
