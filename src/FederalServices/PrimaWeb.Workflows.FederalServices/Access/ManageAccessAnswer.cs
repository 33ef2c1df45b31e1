using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Access;

/// <summary>The inscriptions of the person for the calling CPAS after the action (XSD <c>Inscription</c>).</summary>
public sealed record ManageAccessAnswer(Niss SSIN, ManageAccessAction Action, IReadOnlyList<Inscription> Inscriptions);

/// <summary>XSD Inscription: SSIN, OrgUnit (sector), Purpose (capacity code), Period, optional codes.</summary>
public sealed record Inscription(
    Niss SSIN,
    int OrgUnit,
    int Purpose,
    Period Period,
    string Institution,
    string? InscriptionCode = null,
    string? PhaseCode = null);
