namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>Carries a refusal out of a burst that accepts refusals; the runner rolls the burst back and reports it.</summary>
internal sealed class BurstRefusedException(string activityId, Refusal refusal, Exception inner)
    : Exception($"Activity '{activityId}' refused its input: {refusal.Message}", inner)
{
    public string ActivityId { get; } = activityId;

    public Refusal Refusal { get; } = refusal;
}
