namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// The forms whose SPP-IS answer is still awaited, for the recurring answer-polling job. It runs for every CPAS at
/// once (no user, no tenant in scope); each form names its tenant. The forms are tracked by the caller's unit of
/// work, so recording an answer and saving is all the job does with them.
/// </summary>
public interface ISppIsFormQueue
{
    /// <summary>Up to <paramref name="max"/> forms received by the SPP-IS (status Sent or Unanswered), longest waiting first.</summary>
    Task<IReadOnlyList<SppIsForm>> AwaitingAnswerAsync(int max, CancellationToken cancellationToken = default);
}
