using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>"Consultation des adresses": the main residences of a person (National Register IT001) over a period.</summary>
public sealed record AddressHistoryRequest(Niss SSIN, Period? Period = null);

public sealed record AddressHistoryAnswer(Niss SSIN, IReadOnlyList<ResidenceLine> Residences);

/// <summary>A residence and its period (the date recorded is the declaration date since 1/7/2010).</summary>
public sealed record ResidenceLine(Address Address, Period Period);
