using System.Globalization;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// Reads a JSON number as decimal whatever backs the node: a node built in code from an int refuses
/// <c>GetValue&lt;decimal&gt;()</c>, one parsed from text accepts it; the JSON text always works.
/// </summary>
internal static class JsonNumbers
{
    public static decimal ToDecimal(JsonNode node) =>
        decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
