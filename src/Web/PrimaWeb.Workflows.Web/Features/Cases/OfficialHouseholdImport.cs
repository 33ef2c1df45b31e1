using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Activities.Bcss;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Transport;
using PrimaWeb.Workflows.Web.Features.Persons;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>What became of an attempt to import the official household.</summary>
public enum HouseholdImportOutcome
{
    Imported,

    /// <summary>The BCSS lets a CPAS read the National Register only for persons it integrated (code 1 at least).</summary>
    NotIntegrated,

    /// <summary>The registers did not answer (unavailable, unknown person …); the household stays as it was.</summary>
    Unavailable,
}

/// <summary>
/// The case's official household from the National Register (OCMWCPASPerformInvestigation, IT140): when the case is
/// opened, and after every answer of the register for the main person (the request's consultation, or the refresh on
/// the case page). Members the CPAS does not know are imported (identification, audited like every call). Nothing is
/// saved here: the caller's unit of work saves the household with what it did.
/// Reads name the tenant, as the consultation's handler runs without a user.
/// </summary>
public sealed class OfficialHouseholdImport(
    PrimaWebDbContext db, IInvestigationClient investigation, IIdentificationClient identification, Nationalities nationalities, TimeProvider time) : IOfficialHouseholdImport
{
    /// <summary>Consults the register for the case's main person and imports the household it lists.</summary>
    public async Task<HouseholdImportOutcome> ImportAsync(Case @case, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var main = await PersonAsync(@case.TenantId, @case.MainPersonId, cancellationToken);
        var context = new FederalCallContext(@case.TenantId, actor, @case.Id.ToString(), null, LegalContext.SocialInquiry);
        try
        {
            var answer = await investigation.PerformInvestigationAsync(context, new PerformInvestigationRequest(main.Niss), cancellationToken);
            await ApplyAsync(@case, main, answer, context, cancellationToken);
            return HouseholdImportOutcome.Imported;
        }
        catch (Exception ex) when (ex is IntegrationRefusedException or PersonNotIntegratedException)
        {
            return HouseholdImportOutcome.NotIntegrated;
        }
        catch (FederalServiceException)
        {
            return HouseholdImportOutcome.Unavailable;
        }
    }

    public async Task FromConsultationsAsync(string tenantId, Guid caseId, IReadOnlyList<Consultation> consultations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consultations);
        var answers = consultations
            .Where(c => c.Service == ServiceCatalog.PerformInvestigation.Name && c.Outcome == ConsultationOutcome.Answered && c.AnswerJson is not null)
            .ToList();
        if (answers.Count == 0)
        {
            return;
        }

        var @case = await db.Cases.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.TenantId == tenantId && c.Id == caseId, cancellationToken);
        if (@case is null || @case.Status != CaseStatus.Open)
        {
            return;
        }

        var main = await PersonAsync(tenantId, @case.MainPersonId, cancellationToken);
        if (answers.FirstOrDefault(c => c.Person == main.Niss)?.AnswerJson is not { } json
            || JsonSerializer.Deserialize<PerformInvestigationAnswer>(json, FederalJson.Options) is not { } answer)
        {
            return;
        }

        var context = new FederalCallContext(tenantId, MessageTypes.SystemActor, caseId.ToString(), null, LegalContext.SocialInquiry);
        await ApplyAsync(@case, main, answer, context, cancellationToken);
    }

    private async Task ApplyAsync(Case @case, Person main, PerformInvestigationAnswer answer, FederalCallContext context, CancellationToken cancellationToken)
    {
        var mainRole = answer.Household.FirstOrDefault(m => m.SSIN == main.Niss)?.Relationship ?? "REFERENCE";
        var listed = new List<(Guid PersonId, HouseholdRelation Relation)>();
        foreach (var member in answer.Household.Where(m => m.SSIN != main.Niss))
        {
            var person = await FindOrImportAsync(@case.TenantId, member, main.Language, context, cancellationToken);
            listed.Add((person.Id, OfficialHouseholds.RelationOf(mainRole, member.Relationship)));
        }

        @case.ReplaceOfficialHousehold(OfficialHouseholds.Merge(@case, listed, LegalClock.Today(time)));
    }

    private async Task<Person> FindOrImportAsync(string tenantId, FederalServices.Investigation.HouseholdMember member, Language language, FederalCallContext context, CancellationToken cancellationToken)
    {
        var known = db.Persons.Local.FirstOrDefault(p => p.TenantId == tenantId && p.Niss == member.SSIN)
            ?? await db.Persons.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.TenantId == tenantId && p.Niss == member.SSIN, cancellationToken);
        if (known is not null)
        {
            return known;
        }

        Person person;
        try
        {
            var found = await identification.IdentifyBySsinAsync(context, member.SSIN, cancellationToken);
            person = found.Persons.Count > 0
                ? PersonMapping.ToPerson(tenantId, found.Persons[0], language, nationalities)
                : FromHousehold(tenantId, member, language);
        }
        catch (FederalServiceException ex) when (ex is not ServiceUnavailableException)
        {
            // The household's own line names the member: enough to show them, the rest comes with a later consultation.
            person = FromHousehold(tenantId, member, language);
        }

        db.Persons.Add(person);
        return person;
    }

    private static Person FromHousehold(string tenantId, FederalServices.Investigation.HouseholdMember member, Language language) =>
        new(tenantId, member.SSIN, member.Name.LastName, member.Name.FirstName, null, member.SSIN.Gender, null, null, language);

    private async Task<Person> PersonAsync(string tenantId, Guid personId, CancellationToken cancellationToken) =>
        db.Persons.Local.FirstOrDefault(p => p.Id == personId)
            ?? await db.Persons.IgnoreQueryFilters().SingleAsync(p => p.TenantId == tenantId && p.Id == personId, cancellationToken);
}
