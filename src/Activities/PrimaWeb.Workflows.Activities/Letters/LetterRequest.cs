using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The request the decision answers: its type (templates see <c>dis</c>, <c>equivalent_ris</c> …) and reception date.</summary>
public sealed record LetterRequest(RequestType Type, DateOnly ReceivedOn);
