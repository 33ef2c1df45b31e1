using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>OCMWCPASOrganicLaw: the installation premium (prime d'installation) granted under the organic law.</summary>
public sealed record OrganicLawRequest(
    string FileNumber,
    Niss SSIN,
    Niss? PartnerSSIN,
    DateOnly EffectiveDate,
    DateOnly DecisionDate,
    decimal Amount,
    Address Dwelling);
