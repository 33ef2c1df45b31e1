namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>Where the crash-injection test makes the process "die".</summary>
public enum CrashPoint
{
    None = 0,

    /// <summary>The burst that completes the task and records the outbox message fails before its commit.</summary>
    BeforeBurstCommit = 1,

    /// <summary>The burst committed, then the process died before answering or handing the message over.</summary>
    AfterBurstCommit = 2,

    /// <summary>The dispatcher died before the receiver performed the effect.</summary>
    BeforeEffect = 3,

    /// <summary>The receiver performed the effect, then the dispatcher died before recording it.</summary>
    AfterEffect = 4,

    /// <summary>Recording the delivery failed before its commit.</summary>
    BeforeDispatchCommit = 5,

    /// <summary>Recording the delivery committed, then the process died.</summary>
    AfterDispatchCommit = 6,
}
