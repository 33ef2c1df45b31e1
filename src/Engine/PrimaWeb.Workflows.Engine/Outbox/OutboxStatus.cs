namespace PrimaWeb.Workflows.Engine.Outbox;

/// <summary>Delivery status of an outbox message.</summary>
public enum OutboxStatus
{
    Pending = 0,
    Dispatched = 1,

    /// <summary>Gave up after the last attempt; an operator may retry it.</summary>
    Failed = 2,
}
