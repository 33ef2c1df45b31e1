namespace PrimaWeb.Workflows.Simulator.Faults;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answers normally after <see cref="FaultRule.Latency"/>.</summary>
    Latency,

    /// <summary>Holds the request until the caller gives up (or <see cref="FaultRule.Latency"/>, 100 s by default).</summary>
    Timeout,

    /// <summary>Answers <see cref="FaultRule.StatusCode"/> (503 by default) without processing.</summary>
    ServerError,

    /// <summary>Answers 200 with a body that is not the documented shape.</summary>
    MalformedBody,

    /// <summary>Processes the request (a send is recorded) then answers 500, as if the answer were lost.</summary>
    ServerErrorAfterProcessing,
}
