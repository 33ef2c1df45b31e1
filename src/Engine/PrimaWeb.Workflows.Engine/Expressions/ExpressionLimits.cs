namespace PrimaWeb.Workflows.Engine.Expressions;

/// <summary>The sandbox of analysts' expressions: how many steps, how deep and how long one evaluation may run.</summary>
public sealed record ExpressionLimits
{
    public int MaxSteps { get; init; } = 10_000;

    public int MaxRecursion { get; init; } = 20;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    public int MaxOutputLength { get; init; } = 100_000;
}
