namespace PrimaWeb.Workflows.Simulator.Faults;

/// <summary>
/// A fault to inject, by configuration (<c>Simulator:Faults</c>), by the admin endpoint (<c>POST /admin/faults</c>) or
/// in-process (<see cref="FaultInjector.Add"/>).
/// </summary>
public sealed record FaultRule
{
    /// <summary>Official service name, or null for every service.</summary>
    public string? Service { get; init; }

    /// <summary>NISS (11 digits) of the person concerned, or null for every person.</summary>
    public string? Person { get; init; }

    public FaultKind Kind { get; init; } = FaultKind.ServerError;

    public TimeSpan? Latency { get; init; }

    public int StatusCode { get; init; } = 503;

    /// <summary>How many requests the fault hits before it wears off; null = for ever.</summary>
    public int? Times { get; init; }
}
