namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// The envelope of every task operation: the revision the user saw and an operation id chosen by the client, so a
/// repeated request is recognised and a stale one is refused.
/// </summary>
public sealed record TaskCommand(Guid TaskId, int ExpectedRevision, string OperationId, string Actor);
