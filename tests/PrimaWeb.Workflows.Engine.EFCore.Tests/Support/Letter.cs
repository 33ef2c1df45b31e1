namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>A domain row an activity writes, to prove it commits (or not) with the burst.</summary>
public sealed class Letter
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string Text { get; set; } = "";
}
