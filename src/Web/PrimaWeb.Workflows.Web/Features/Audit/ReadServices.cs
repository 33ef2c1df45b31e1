namespace PrimaWeb.Workflows.Web.Features.Audit;

/// <summary>
/// The names a read of the CPAS's own data has in the audit, beside the federal services' official names: what was
/// opened, through which surface.
/// </summary>
public static class ReadServices
{
    public const string Case = "PrimaWeb:ReadCase";
    public const string CaseFile = "PrimaWeb:ReadCaseFile";
    public const string Letter = "PrimaWeb:ReadLetter";
    public const string ConsultationAnswer = "PrimaWeb:ReadConsultationAnswer";
    public const string CasePage = "PrimaWeb:CasePage";
    public const string Person = "PrimaWeb:ReadPerson";
    public const string PersonSearch = "PrimaWeb:SearchPersons";

    /// <summary>True for an entry that records a read of the CPAS's own data rather than a federal-service call.</summary>
    public static bool IsRead(string service) => service.StartsWith("PrimaWeb:", StringComparison.Ordinal);
}
