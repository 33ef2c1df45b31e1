using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Designer.Model;

/// <summary>
/// A version as the designer edits it: the definition's JSON document itself, changed in place (an activity added,
/// removed or renamed, a connection by outcome, an input, a variable), so that everything the designer does not show is
/// kept as it was. Every change is undoable: <see cref="Undo"/> goes back one change at a time.
/// </summary>
public sealed class DefinitionDraft
{
    private const int UndoDepth = 50;
    private readonly Stack<string> _undo = new();
    private JsonObject _document;

    public DefinitionDraft(string json)
    {
        _document = Parse(json);
    }

    /// <summary>Raised after every change, undo included.</summary>
    public event Action? Changed;

    public string DefinitionId => Text(_document, "definitionId") ?? "";

    public int Version => _document["version"]?.GetValue<int>() ?? 0;

    public string Name => Text(_document, "name") ?? "";

    public bool CanUndo => _undo.Count > 0;

    public IReadOnlyList<DraftActivity> Activities =>
        [.. Array("activities").OfType<JsonObject>().Select(a => new DraftActivity(
            Text(a, "id") ?? "",
            Text(a, "type") ?? "",
            a["version"] is JsonValue v && v.TryGetValue<int>(out var version) ? version : 1,
            Text(a, "displayName"),
            a["inputs"] as JsonObject))];

    public IReadOnlyList<DraftConnection> Connections =>
        [.. Array("connections").OfType<JsonObject>().Select(c => new DraftConnection(Text(c, "from") ?? "", Text(c, "outcome") ?? "Done", Text(c, "to") ?? ""))];

    public IReadOnlyList<DraftVariable> Variables =>
        [.. Array("variables").OfType<JsonObject>().Select(v => new DraftVariable(Text(v, "name") ?? "", Text(v, "type") ?? "any", v["default"]?.ToJsonString()))];

    public string ToJson() => _document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Adds an activity of a type under a fresh id derived from <paramref name="baseId"/>; returns the id.</summary>
    public string AddActivity(string type, int version, string baseId)
    {
        var taken = Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var id = baseId;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = $"{baseId}{n}";
        }

        Change(() =>
        {
            var node = new JsonObject { ["id"] = id, ["type"] = type };
            if (version != 1)
            {
                node["version"] = version;
            }

            Array("activities").Add(node);
        });
        return id;
    }

    /// <summary>Removes an activity and every connection to or from it.</summary>
    public void RemoveActivity(string id) => Change(() =>
    {
        RemoveWhere(Array("activities"), a => Text(a, "id") == id);
        RemoveWhere(Array("connections"), c => Text(c, "from") == id || Text(c, "to") == id);
    });

    /// <summary>Sets where <paramref name="from"/> goes on <paramref name="outcome"/>; null removes that connection.</summary>
    public void Connect(string from, string outcome, string? to) => Change(() =>
    {
        var connections = Array("connections");
        var existing = connections.OfType<JsonObject>()
            .FirstOrDefault(c => Text(c, "from") == from && (Text(c, "outcome") ?? "Done") == outcome);
        if (to is null)
        {
            if (existing is not null)
            {
                connections.Remove(existing);
            }
        }
        else if (existing is not null)
        {
            existing["to"] = to;
        }
        else
        {
            connections.Add(new JsonObject { ["from"] = from, ["outcome"] = outcome, ["to"] = to });
        }
    });

    /// <summary>Sets an input's JSON (a literal, or <c>{"expression": …}</c> / <c>{"template": …}</c>); null removes it.</summary>
    public void SetInput(string activityId, string input, JsonNode? value) => Change(() =>
    {
        var activity = Find(activityId) ?? throw new InvalidOperationException($"No activity '{activityId}'.");
        var inputs = activity["inputs"] as JsonObject;
        if (value is null)
        {
            inputs?.Remove(input);
            if (inputs is { Count: 0 })
            {
                activity.Remove("inputs");
            }

            return;
        }

        if (inputs is null)
        {
            inputs = [];
            activity["inputs"] = inputs;
        }

        inputs[input] = value.DeepClone();
    });

    public void SetDisplayName(string activityId, string? displayName) => Change(() =>
    {
        var activity = Find(activityId) ?? throw new InvalidOperationException($"No activity '{activityId}'.");
        if (string.IsNullOrWhiteSpace(displayName))
        {
            activity.Remove("displayName");
        }
        else
        {
            activity["displayName"] = displayName;
        }
    });

    public void AddVariable(string name, string type) => Change(() =>
        Array("variables").Add(new JsonObject { ["name"] = name, ["type"] = type, ["default"] = null }));

    public void RemoveVariable(string name) => Change(() => RemoveWhere(Array("variables"), v => Text(v, "name") == name));

    /// <summary>Goes back to the text before the last change.</summary>
    public void Undo()
    {
        if (_undo.Count == 0)
        {
            return;
        }

        _document = Parse(_undo.Pop());
        Changed?.Invoke();
    }

    /// <summary>The JSON of one activity's input, or null.</summary>
    public JsonNode? InputOf(string activityId, string input) => (Find(activityId)?["inputs"] as JsonObject)?[input];

    private static JsonObject Parse(string json) =>
        JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
            ?? throw new ArgumentException("A definition is a JSON object.", nameof(json));

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static void RemoveWhere(JsonArray array, Func<JsonObject, bool> predicate)
    {
        foreach (var item in array.OfType<JsonObject>().Where(predicate).ToList())
        {
            array.Remove(item);
        }
    }

    private JsonObject? Find(string activityId) => Array("activities").OfType<JsonObject>().FirstOrDefault(a => Text(a, "id") == activityId);

    private JsonArray Array(string name)
    {
        if (_document[name] is not JsonArray array)
        {
            array = [];
            _document[name] = array;
        }

        return array;
    }

    private void Change(Action change)
    {
        var before = _document.ToJsonString();
        change();
        _undo.Push(before);
        if (_undo.Count > UndoDepth)
        {
            var kept = _undo.Take(UndoDepth).Reverse().ToList();
            _undo.Clear();
            foreach (var text in kept)
            {
                _undo.Push(text);
            }
        }

        Changed?.Invoke();
    }
}

/// <summary>An activity of the draft: its input values are the document's JSON.</summary>
public sealed record DraftActivity(string Id, string Type, int Version, string? DisplayName, JsonObject? Inputs);

/// <summary>A connection of the draft.</summary>
public sealed record DraftConnection(string From, string Outcome, string To);

/// <summary>A variable of the draft; its default as JSON text.</summary>
public sealed record DraftVariable(string Name, string Type, string? Default);
