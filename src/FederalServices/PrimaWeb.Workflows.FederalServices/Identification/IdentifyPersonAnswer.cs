using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Identification;

/// <summary>The persons found (one for an SSIN search, up to <c>Maximum</c> for a phonetic one) and the verification result.</summary>
public sealed record IdentifyPersonAnswer(IReadOnlyList<NaturalPerson> Persons, bool? VerificationSucceeded = null);
