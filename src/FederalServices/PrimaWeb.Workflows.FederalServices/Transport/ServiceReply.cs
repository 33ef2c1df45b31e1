namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>The answer envelope: a status and, when the status allows it, the service's answer.</summary>
public sealed record ServiceReply<T>(ReplyStatus Status, T? Data);
