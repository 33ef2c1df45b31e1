using System.Text.Json;
using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Activities.Aid;

/// <summary>
/// Writes and reads the details of the aid records (ADR 0502) — the other aid's, the installation premium's and the
/// heating allowance's: one record class per kind is the JSON's contract, enumerations by name.
/// </summary>
public static class AidDetails
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T details) => JsonSerializer.Serialize(details, Options);

    public static T Read<T>(AidRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Read<T>(record.Kind, record.DetailsJson);
    }

    /// <summary>The details of a record of <paramref name="kind"/>, as the case file's view gives them.</summary>
    public static T Read<T>(string kind, string detailsJson) =>
        JsonSerializer.Deserialize<T>(detailsJson, Options) ?? throw new InvalidOperationException($"An aid record ({kind}) holds no details.");

    /// <summary>The latest record of <paramref name="kind"/> of a request, or null.</summary>
    public static async Task<AidRecord?> LatestAsync(ICaseFileStore store, string tenant, Guid request, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        // The store lists oldest first (by time, then by id): two records of one instant keep their order.
        return (await store.ListAsync<AidRecord>(tenant, request, cancellationToken)).LastOrDefault(r => r.Kind == kind);
    }

    /// <summary>The details of the latest record of <paramref name="kind"/> of a request, or null.</summary>
    public static async Task<T?> LatestDetailsAsync<T>(ICaseFileStore store, string tenant, Guid request, string kind, CancellationToken cancellationToken)
        where T : class =>
        await LatestAsync(store, tenant, request, kind, cancellationToken) is { } record ? Read<T>(record) : null;
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

/// <summary>
/// What the social worker proposes to grant for an aid outside the RIS (record kind <see cref="Kind"/>): the period,
/// the amount being the record's; what the Council's form starts from.
/// </summary>
public sealed record AidProposed(DateOnly? From, DateOnly? Until)
{
    public const string Kind = "aid-proposal";
}

/// <summary>What the Council granted for an aid outside the RIS (record kind <see cref="Kind"/>); its amount is the record's.</summary>
public sealed record AidGranted(Guid DecisionId, DateOnly From, DateOnly? Until)
{
    public const string Kind = "aid-grant";
}
