using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Mutations;

/// <summary>
/// MutationsSender: the changes of the National Register and BCSS registers for the persons the CPAS had integrated
/// when the change happened, after a sequence number (the feed is read like a queue: keep the last number read).
/// </summary>
public sealed record MutationsRequest(long AfterSequence = 0, int Maximum = 100);

public sealed record MutationsAnswer(IReadOnlyList<Mutation> Mutations, long LastSequence);

/// <summary>One change: the information type (IT001 address, IT140 household, IT150 death…), its date and new values.</summary>
public sealed record Mutation(
    long Sequence,
    Niss SSIN,
    string InformationType,
    MutationKind Kind,
    DateOnly EffectiveDate,
    string Description,
    IReadOnlyDictionary<string, string> Values);

public enum MutationKind
{
    AddressChange,
    HouseholdChange,
    Death,
    CivilStatusChange,
    RegisterChange,
}
