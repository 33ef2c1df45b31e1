using PrimaWeb.Workflows.FederalServices.Audit;

namespace PrimaWeb.Workflows.Web.Features.Audit;

/// <summary>
/// One audited federal-service call, or read of the CPAS's own data (<see cref="Kind"/> <c>Read</c>), as the API shows
/// it: NISS as their eleven digits and the outcome by name, so a client reads neither the domain's NISS parts nor
/// enumeration numbers that may be reordered.
/// </summary>
public sealed record AuditEntryDto(
    Guid Id,
    string Kind,
    DateTimeOffset At,
    string User,
    string? CaseId,
    string? RequestId,
    IReadOnlyList<string> Persons,
    string Service,
    string LegalContext,
    string LegalBasis,
    string Outcome,
    string? Detail,
    int Attempts)
{
    public static AuditEntryDto From(AuditEntry entry) => new(
        entry.Id,
        ReadServices.IsRead(entry.Service) ? "Read" : "FederalServiceCall",
        entry.At,
        entry.User,
        entry.CaseId,
        entry.RequestId,
        [.. entry.Persons.Select(person => person.Value)],
        entry.Service,
        entry.LegalContext,
        entry.LegalBasis,
        entry.Outcome.ToString(),
        entry.Detail,
        entry.Attempts);
}
