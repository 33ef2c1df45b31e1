using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>
/// Reads the JSON form of a definition (see <c>definitions/schema/workflow-definition.v1.schema.json</c>). It walks the
/// document by hand instead of deserialising it, so that every shape error is reported with its JSON path at once.
/// </summary>
public static class DefinitionReader
{
    /// <summary>Reads a definition; never throws on bad input, reports errors instead.</summary>
    public static DefinitionReadResult Read(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return new DefinitionReadResult(null, [new DefinitionError(DefinitionErrorCode.InvalidJson, "$", ex.Message)]);
        }

        var errors = new List<DefinitionError>();
        if (root is not JsonObject obj)
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.InvalidJson, "$", "The definition must be a JSON object."));
            return new DefinitionReadResult(null, errors);
        }

        var definitionId = RequiredString(obj, "definitionId", "$", errors);
        var version = RequiredInt(obj, "version", "$", errors);
        var name = RequiredString(obj, "name", "$", errors);
        var description = OptionalString(obj, "description", "$", errors);
        var effectiveFrom = RequiredDate(obj, "effectiveFrom", "$", errors);
        var status = ReadStatus(obj, errors);
        var variables = ReadVariables(obj, errors);
        var activities = ReadActivities(obj, errors);
        var connections = ReadConnections(obj, errors);
        var customProperties = ReadCustomProperties(obj, errors);

        if (errors.Count > 0)
        {
            return new DefinitionReadResult(null, errors);
        }

        var definition = new WorkflowDefinition(
            definitionId!, version!.Value, name!, description, effectiveFrom!.Value, status, variables, activities, connections, customProperties);
        return new DefinitionReadResult(definition, errors);
    }

    /// <summary>Reads a definition or throws <see cref="DefinitionException"/> with every error.</summary>
    public static WorkflowDefinition ReadOrThrow(string json)
    {
        var result = Read(json);
        return result.Succeeded ? result.Definition! : throw new DefinitionException(result.Errors);
    }

    private static DefinitionStatus ReadStatus(JsonObject obj, List<DefinitionError> errors)
    {
        var text = OptionalString(obj, "status", "$", errors);
        if (text is null)
        {
            return DefinitionStatus.Draft;
        }

        if (Enum.TryParse<DefinitionStatus>(text, ignoreCase: true, out var status) && !int.TryParse(text, out _))
        {
            return status;
        }

        errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, "$.status", $"Unknown status '{text}' (draft, published or retired)."));
        return DefinitionStatus.Draft;
    }

    private static Dictionary<string, JsonNode?> ReadCustomProperties(JsonObject obj, List<DefinitionError> errors)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (!obj.TryGetPropertyValue("customProperties", out var node) || node is null)
        {
            return result;
        }

        if (node is not JsonObject properties)
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, "$.customProperties", "Must be an object."));
            return result;
        }

        foreach (var (key, value) in properties)
        {
            result[key] = value?.DeepClone();
        }

        return result;
    }

    private static List<VariableDefinition> ReadVariables(JsonObject obj, List<DefinitionError> errors)
    {
        var result = new List<VariableDefinition>();
        if (!obj.TryGetPropertyValue("variables", out var node) || node is null)
        {
            return result;
        }

        if (node is not JsonArray array)
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, "$.variables", "Must be an array."));
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.variables[{i}]";
            if (array[i] is not JsonObject v)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, path, "Must be an object."));
                continue;
            }

            var name = RequiredString(v, "name", path, errors);
            var type = OptionalString(v, "type", path, errors) ?? "any";
            v.TryGetPropertyValue("default", out var defaultValue);
            if (name is not null)
            {
                result.Add(new VariableDefinition(name, type, defaultValue?.DeepClone()));
            }
        }

        return result;
    }

    private static List<ActivityNode> ReadActivities(JsonObject obj, List<DefinitionError> errors)
    {
        var result = new List<ActivityNode>();
        if (!obj.TryGetPropertyValue("activities", out var node) || node is not JsonArray array)
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.MissingField, "$.activities", "An array of activities is required."));
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.activities[{i}]";
            if (array[i] is not JsonObject a)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, path, "Must be an object."));
                continue;
            }

            var id = RequiredString(a, "id", path, errors);
            var type = RequiredString(a, "type", path, errors);
            var version = OptionalInt(a, "version", path, errors) ?? 1;
            var displayName = OptionalString(a, "displayName", path, errors);
            var inputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            if (a.TryGetPropertyValue("inputs", out var inputsNode) && inputsNode is not null)
            {
                if (inputsNode is JsonObject inputsObject)
                {
                    foreach (var (key, value) in inputsObject)
                    {
                        inputs[key] = value?.DeepClone();
                    }
                }
                else
                {
                    errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, path + ".inputs", "Must be an object."));
                }
            }

            if (id is not null && type is not null)
            {
                result.Add(new ActivityNode(id, type, version, displayName, inputs));
            }
        }

        return result;
    }

    private static List<Connection> ReadConnections(JsonObject obj, List<DefinitionError> errors)
    {
        var result = new List<Connection>();
        if (!obj.TryGetPropertyValue("connections", out var node) || node is null)
        {
            return result;
        }

        if (node is not JsonArray array)
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, "$.connections", "Must be an array."));
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.connections[{i}]";
            if (array[i] is not JsonObject c)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, path, "Must be an object."));
                continue;
            }

            var from = RequiredString(c, "from", path, errors);
            var to = RequiredString(c, "to", path, errors);
            var outcome = OptionalString(c, "outcome", path, errors) ?? "Done";
            if (from is not null && to is not null)
            {
                result.Add(new Connection(from, outcome, to));
            }
        }

        return result;
    }

    private static string? RequiredString(JsonObject obj, string name, string path, List<DefinitionError> errors)
    {
        var value = OptionalString(obj, name, path, errors);
        if (value is null && !obj.ContainsKey(name))
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.MissingField, $"{path}.{name}", $"'{name}' is required."));
        }
        else if (value is not null && value.Length == 0)
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, $"{path}.{name}", $"'{name}' must not be empty."));
            return null;
        }

        return value;
    }

    private static string? OptionalString(JsonObject obj, string name, string path, List<DefinitionError> errors)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, $"{path}.{name}", $"'{name}' must be a string."));
        return null;
    }

    private static int? RequiredInt(JsonObject obj, string name, string path, List<DefinitionError> errors)
    {
        var value = OptionalInt(obj, name, path, errors);
        if (value is null && !obj.ContainsKey(name))
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.MissingField, $"{path}.{name}", $"'{name}' is required."));
        }

        return value;
    }

    private static int? OptionalInt(JsonObject obj, string name, string path, List<DefinitionError> errors)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) && number >= 1)
        {
            return number;
        }

        errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, $"{path}.{name}", $"'{name}' must be a positive integer."));
        return null;
    }

    private static DateOnly? RequiredDate(JsonObject obj, string name, string path, List<DefinitionError> errors)
    {
        var text = RequiredString(obj, name, path, errors);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, $"{path}.{name}", $"'{name}' must be a date written yyyy-MM-dd."));
        return null;
    }
}
