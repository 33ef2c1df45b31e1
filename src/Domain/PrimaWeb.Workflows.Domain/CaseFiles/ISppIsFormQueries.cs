namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// The forms whose SPP-IS answer a workflow still awaits, in every CPAS: read by the recurring polling job, where no
/// user (and so no tenant filter) is in force.
/// </summary>
public interface ISppIsFormQueries
{
    /// <summary>Forms received by the SPP-IS (status Sent or Unanswered) with <see cref="SppIsForm.AnswerAwaitedUntil"/> set, oldest first.</summary>
    Task<IReadOnlyList<SppIsForm>> ListAwaitingAnswerAsync(CancellationToken cancellationToken = default);
}
