namespace PrimaWeb.Workflows.Integrations.Control;

/// <summary>The outcome of the integration control: allowed, or refused with one gap per person and day.</summary>
public sealed record IntegrationVerdict(IReadOnlyList<IntegrationGap> Gaps)
{
    public static IntegrationVerdict Allowed { get; } = new([]);

    public bool IsAllowed => Gaps.Count == 0;

    public override string ToString() =>
        IsAllowed ? "allowed" : "refused: " + string.Join("; ", Gaps.Select(g => g.Reason));
}
