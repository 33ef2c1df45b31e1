using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// What the host does with a National Register answer beyond keeping it: the household it lists becomes the case's
/// official composition (the members the CPAS does not know yet are imported). Called by the consultation's handler in
/// its unit of work, so the answer and the household are saved together; optional (none registered, nothing done).
/// </summary>
public interface IOfficialHouseholdImport
{
    /// <summary>Imports the household from those of <paramref name="consultations"/> that answer for the case's main person; others are ignored.</summary>
    Task FromConsultationsAsync(string tenantId, Guid caseId, IReadOnlyList<Consultation> consultations, CancellationToken cancellationToken);
}
