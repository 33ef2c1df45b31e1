namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// Recognises, among the exceptions an activity lets escape, those that are refusals of its input by the host's own
/// rules (e.g. a domain's validation exception), so that they need not be caught and rethrown in every activity.
/// Registered by the host; the engine knows no domain.
/// </summary>
public interface IRefusalTranslator
{
    /// <summary>The refusal <paramref name="exception"/> stands for, or null when it is a fault.</summary>
    Refusal? Translate(Exception exception);
}
