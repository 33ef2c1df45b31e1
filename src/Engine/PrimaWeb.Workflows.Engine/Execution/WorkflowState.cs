using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>The serialised execution state of an instance. Persisted data: add fields, never rename them.</summary>
public sealed class WorkflowState
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public JsonObject Variables { get; set; } = [];

    /// <summary>Activities scheduled but not yet run: normally empty after a burst, kept when a burst faulted.</summary>
    public IList<PendingToken> Pending { get; set; } = [];

    /// <summary>For each join, the incoming connections (from/outcome) that have arrived.</summary>
    public IDictionary<string, IList<string>> JoinArrivals { get; set; } = new Dictionary<string, IList<string>>();

    /// <summary>
    /// How many bookmarks the instance waits on, kept by the runner as it adds and drops them, so that a burst knows
    /// whether the instance still waits without asking the store. Null for instances started before it was kept: the
    /// runner then counts the stored bookmarks.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? OpenBookmarks { get; set; }

    /// <summary>Activities an operator chose to skip, with the outcome to take instead of running them.</summary>
    public IDictionary<string, string> SkipOnce { get; set; } = new Dictionary<string, string>();
}
