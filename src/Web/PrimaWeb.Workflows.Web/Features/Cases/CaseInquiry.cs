using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Activities.Bcss;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Access;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// The case functions of the seed a social worker runs from the case page, outside any request (issue 14 point 7):
/// refresh the official household from the National Register and compare it with the de facto one; read the
/// integrations the BCSS knows for a person of the case; run one of the investigation flows for a person, its answer
/// kept in the case file. Every call goes through the gateway, which audits it; the tenant filter keeps another CPAS's
/// case unknown (null). API and page both call this class.
/// </summary>
public sealed class CaseInquiry(
    PrimaWebDbContext db, OfficialHouseholdImport households, IAccessClient access, FlowConsultations flows, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The flows the case page offers, by their official names (the gateway's <see cref="FlowConsultations"/>).</summary>
    public static IReadOnlyList<string> Flows => FlowConsultations.Services;

    public async Task<HouseholdRefresh?> RefreshOfficialHouseholdAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) is not { } @case)
        {
            return null;
        }

        var outcome = await households.ImportAsync(@case, user.UserId, cancellationToken);
        if (outcome == HouseholdImportOutcome.Imported)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var today = LegalClock.Today(clock);
        var official = @case.OfficialHousehold.MembersOn(today).Select(m => m.PersonId).ToHashSet();
        var deFacto = @case.DeFactoHousehold.MembersOn(today).Select(m => m.PersonId).ToHashSet();
        var persons = await PersonsAsync([.. official.Union(deFacto)], cancellationToken);
        return new HouseholdRefresh(
            outcome,
            [.. official.Except(deFacto).Select(id => persons[id])],
            [.. deFacto.Except(official).Select(id => persons[id])]);
    }

    /// <summary>The BCSS reference directory's lines of a person of the case; null when the case or the person is not the CPAS's.</summary>
    public async Task<IntegrationLookup?> IntegrationsAsync(Guid caseId, Guid personId, CancellationToken cancellationToken)
    {
        if (await MemberAsync(caseId, personId, cancellationToken) is not { } person)
        {
            return null;
        }

        try
        {
            var answer = await access.ConsultReferenceDirectoryAsync(Context(caseId), new ReferenceConsultRequest(person.Niss), cancellationToken);
            return new IntegrationLookup(person, [.. answer.Lines.OrderByDescending(l => l.Period.StartDate)], null);
        }
        catch (FederalServiceException ex) when (ex is not ServiceUnavailableException)
        {
            return new IntegrationLookup(person, [], ex.Message);
        }
    }

    /// <summary>
    /// Runs <paramref name="service"/> for a person of the case and keeps the answer (or the refusal) in the case file;
    /// null when the case or the person is not the CPAS's. The service must be one of <see cref="Flows"/>.
    /// </summary>
    public async Task<Consultation?> ConsultAsync(Guid caseId, Guid personId, string service, CancellationToken cancellationToken)
    {
        if (!FlowConsultations.IsSupported(service))
        {
            throw new ArgumentException($"'{service}' is not an investigation flow.", nameof(service));
        }

        if (await MemberAsync(caseId, personId, cancellationToken) is not { } person)
        {
            return null;
        }

        var today = LegalClock.Today(clock);
        Consultation Record(ConsultationOutcome outcome, string? answer, string? message) =>
            new(user.TenantCode, caseId, null, clock.GetUtcNow(), user.UserId, person.Niss, service, outcome, answer, message);
        Consultation record;
        try
        {
            record = Record(ConsultationOutcome.Answered, await flows.ConsultAsync(service, Context(caseId), person.Niss, today, cancellationToken), null);
        }
        catch (Exception ex) when (ex is IntegrationRefusedException or PersonNotIntegratedException)
        {
            record = Record(ConsultationOutcome.RefusedNotIntegrated, null, $"{person.FullName} ({person.Niss.Formatted}) was not consulted: {ex.Message}");
        }
        catch (FederalServiceException ex) when (ex is not ServiceUnavailableException)
        {
            record = Record(ConsultationOutcome.Failed, null, ex.Message);
        }

        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    private FederalCallContext Context(Guid caseId) => new(user.TenantCode, user.UserId, caseId.ToString(), null, LegalContext.SocialInquiry);

    /// <summary>The person, when the case is the CPAS's and the person is or was in one of its households.</summary>
    private async Task<Person?> MemberAsync(Guid caseId, Guid personId, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var member = @case is not null && (@case.MainPersonId == personId
            || @case.OfficialHousehold.Members.Any(m => m.PersonId == personId)
            || @case.DeFactoHousehold.Members.Any(m => m.PersonId == personId));
        return member ? await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken) : null;
    }

    private async Task<Dictionary<Guid, Person>> PersonsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
}

/// <summary>What the refresh did, and who is in one household on today's date but not in the other.</summary>
public sealed record HouseholdRefresh(HouseholdImportOutcome Outcome, IReadOnlyList<Person> OnlyOfficial, IReadOnlyList<Person> OnlyDeFacto);

/// <summary>The BCSS's integration lines of a person, or why it did not answer.</summary>
public sealed record IntegrationLookup(Person Person, IReadOnlyList<Inscription> Lines, string? Failure);
