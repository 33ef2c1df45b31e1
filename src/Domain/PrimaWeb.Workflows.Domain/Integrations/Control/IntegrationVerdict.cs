namespace PrimaWeb.Workflows.Domain.Integrations.Control;

/// <summary>
/// The answer of an integration control rule: allowed, or refused with every missing integration. A gateway turns a
/// refusal into an error with <see cref="Message"/> (one sentence per missing item) or the structured <see cref="Missing"/>.
/// </summary>
public sealed record IntegrationVerdict
{
    public IntegrationVerdict(IReadOnlyList<MissingIntegration> missing)
    {
        Missing = missing;
    }

    public static IntegrationVerdict Allowed { get; } = new([]);

    public IReadOnlyList<MissingIntegration> Missing { get; }

    public bool IsAllowed => Missing.Count == 0;

    /// <summary>Empty when allowed; otherwise the sentences of the missing items, one per line.</summary>
    public string Message => string.Join(Environment.NewLine, Missing.Select(m => m.Message));

    /// <summary>Joins the verdicts of several checks that must all pass.</summary>
    public static IntegrationVerdict Combine(params IEnumerable<IntegrationVerdict> verdicts) =>
        new([.. verdicts.SelectMany(v => v.Missing)]);

    public override string ToString() => IsAllowed ? "allowed" : $"refused: {Message}";
}
