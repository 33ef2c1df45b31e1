using PrimaWeb.Workflows.Integrations.Common;

namespace PrimaWeb.Workflows.Integrations.Identification;

/// <summary>The persons found (one for an SSIN search, up to <c>Maximum</c> for a phonetic one) and the verification result.</summary>
public sealed record IdentifyPersonAnswer(IReadOnlyList<NaturalPerson> Persons, bool? VerificationSucceeded = null);
