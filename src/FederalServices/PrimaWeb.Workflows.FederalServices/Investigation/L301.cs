using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>L301: the INASTI follow-up file (self-employed affiliations) over a period.</summary>
public sealed record L301Request(Niss SSIN, Period Period);

public sealed record L301Answer(Niss SSIN, IReadOnlyList<SelfEmployedAffiliation> Affiliations);

/// <summary>An affiliation to a social insurance fund for the self-employed: main or secondary activity.</summary>
public sealed record SelfEmployedAffiliation(string SocialInsuranceFund, string ActivityStatus, Period Period, string ActivityDescription);
