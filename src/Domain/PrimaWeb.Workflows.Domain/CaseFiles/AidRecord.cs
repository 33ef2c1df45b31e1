using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// What a request type other than the RIS records about its aid (a heating delivery and its allowance, the aid asked,
/// the installation premium's conditions): a kind that says how to read it, the amount when there is one, and the
/// details as JSON, so a new request type needs no new table (docs/adr/0502-aid-records.md).
/// </summary>
public sealed class AidRecord : CaseFileRecord
{
    public const int KindMaxLength = 40;
    public const int MatchKeyMaxLength = 200;

    public AidRecord(
        string tenantId, Guid caseId, Guid requestId, DateTimeOffset recordedAt, string recordedBy, string kind, decimal? amount, string detailsJson,
        string? matchKey = null)
        : base(tenantId, caseId, requestId, recordedAt, recordedBy)
    {
        Kind = Guard.RequiredText(kind, nameof(Kind), "kind", KindMaxLength);
        if (amount < 0)
        {
            throw new DomainValidationException(nameof(Amount), RuleCodes.NegativeAmount, $"The amount {amount} cannot be negative.", amount);
        }

        Amount = amount;
        DetailsJson = Guard.RequiredText(detailsJson, nameof(DetailsJson), "details", int.MaxValue);
        MatchKey = matchKey is null ? null : Guard.RequiredText(matchKey, nameof(MatchKey), "matchKey", MatchKeyMaxLength);
    }

    // For EF Core.
    private AidRecord()
    {
        Kind = string.Empty;
        DetailsJson = string.Empty;
    }

    /// <summary>What the record holds, e.g. <c>heating-delivery</c>, <c>heating-allowance</c>, <c>other-aid</c>.</summary>
    public string Kind { get; private set; }

    public decimal? Amount { get; private set; }

    public string DetailsJson { get; private set; }

    /// <summary>
    /// What finds the same thing in other cases of the CPAS, or null: for a heating delivery its dwelling and day, so a
    /// delivery two households claim for one dwelling is seen (<see cref="ICaseFileStore.FindAidRecordsAsync"/>).
    /// </summary>
    public string? MatchKey { get; private set; }
}
