using System.Text.Json;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Activities.Aid;

/// <summary>
/// Writes and reads the details of the aid records of the other aid and the installation premium (ADR 0502): one
/// record class per kind is the JSON's contract.
/// </summary>
public static class AidDetails
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T details) => JsonSerializer.Serialize(details, Options);

    public static T Read<T>(AidRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Deserialize<T>(record.DetailsJson, Options)
            ?? throw new InvalidOperationException($"The aid record {record.Id} ({record.Kind}) holds no details.");
    }

    /// <summary>The latest record of <paramref name="kind"/> of a request, or null.</summary>
    public static async Task<AidRecord?> LatestAsync(ICaseFileStore store, string tenant, Guid request, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.ListAsync<AidRecord>(tenant, request, cancellationToken)).Where(r => r.Kind == kind).MaxBy(r => r.RecordedAt);
    }
}

/// <summary>The other aid asked (record kind <see cref="Kind"/>); its amount is the record's.</summary>
public sealed record OtherAidAsked(string AidKind, DateOnly From, DateOnly Until, string? Description)
{
    public const string Kind = "other-aid";
}

/// <summary>
/// The installation premium's conditions (record kind <see cref="Kind"/>): the situation left, the new dwelling, and why
/// the conditions are not met (none when they are); its amount is the premium the reference data gives.
/// </summary>
public sealed record PremiumConditions(string FormerSituation, DateOnly DwellingFrom, Address Dwelling, string? Refusal)
{
    public const string Kind = "installation-premium";
}

/// <summary>What the Council granted for an aid outside the RIS (record kind <see cref="Kind"/>); its amount is the record's.</summary>
public sealed record AidGranted(Guid DecisionId, DateOnly From, DateOnly? Until)
{
    public const string Kind = "aid-grant";
}
