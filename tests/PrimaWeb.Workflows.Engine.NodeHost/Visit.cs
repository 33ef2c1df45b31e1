namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>A domain row added by <see cref="RecordVisit"/>; it commits with the burst or not at all.</summary>
public sealed class Visit
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string Node { get; set; } = "";
}
