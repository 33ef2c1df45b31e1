using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>A person named in an answer of the case functions.</summary>
public sealed record InquiryPersonDto(Guid Id, string Niss, string LastName, string FirstName)
{
    public static InquiryPersonDto From(Person person) => new(person.Id, person.Niss.ToString(), person.LastName, person.FirstName);
}

/// <summary>The refresh's outcome (Imported, NotIntegrated, Unavailable) and who is in only one of the two households today.</summary>
public sealed record HouseholdRefreshDto(string Outcome, IReadOnlyList<InquiryPersonDto> OnlyOfficial, IReadOnlyList<InquiryPersonDto> OnlyDeFacto)
{
    public static HouseholdRefreshDto From(HouseholdRefresh refresh) =>
        new(refresh.Outcome.ToString(), [.. refresh.OnlyOfficial.Select(InquiryPersonDto.From)], [.. refresh.OnlyDeFacto.Select(InquiryPersonDto.From)]);
}

/// <summary>One line of the BCSS reference directory: who integrated the person, under which code, for which period.</summary>
public sealed record BcssIntegrationDto(string Institution, int OrgUnit, int Code, string From, string? Until);

public sealed record BcssIntegrationsDto(InquiryPersonDto Person, IReadOnlyList<BcssIntegrationDto> Integrations)
{
    public static BcssIntegrationsDto From(IntegrationLookup lookup) => new(
        InquiryPersonDto.From(lookup.Person),
        [.. lookup.Lines.Select(l => new BcssIntegrationDto(l.Institution, l.OrgUnit, l.Purpose, ApiDates.Format(l.Period.StartDate),
            l.Period.EndDate is { } end ? ApiDates.Format(end) : null))]);
}

public sealed record FlowConsultationRequestDto(string? Service);

/// <summary>The consultation kept in the case file: answered, or refused (not integrated) or failed with the reason.</summary>
public sealed record FlowConsultationDto(Guid Id, string Service, string Outcome, string? Message)
{
    public static FlowConsultationDto From(Consultation record) => new(record.Id, record.Service, record.Outcome.ToString(), record.Message);
}
