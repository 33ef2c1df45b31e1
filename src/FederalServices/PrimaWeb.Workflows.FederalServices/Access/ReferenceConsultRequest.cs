using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Access;

/// <summary>
/// ReferenceManager.Consult: the lines of the BCSS reference directory for a person, all sectors and institutions
/// (who else follows this person), optionally limited to a period.
/// </summary>
public sealed record ReferenceConsultRequest(Niss SSIN, Period? Period = null);

/// <summary>The directory lines found.</summary>
public sealed record ReferenceConsultAnswer(Niss SSIN, IReadOnlyList<Inscription> Lines);
