using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// The case page's changes to the de facto household, one member at a time: add a person (by NISS, imported from the
/// National Register when the CPAS does not know them, or a member of the official household) from a day, or end a
/// member's stay. The case's own rules decide (main person kept, one partner, no overlap); a refusal is data (field,
/// code, arguments), worded by the page. Nothing is saved when something is refused.
/// </summary>
public sealed class DeFactoHouseholdEditing(PrimaWebDbContext db, PersonDirectory persons, TimeProvider time)
{
    /// <summary>Adds a member; empty when saved.</summary>
    public async Task<IReadOnlyList<Refusal>> AddAsync(Guid caseId, NewHouseholdMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return [new Refusal("caseId", RuleCodes.UnknownValue, "The CPAS has no such case.", caseId.ToString())];
        }

        var refusals = new List<Refusal>();
        var today = LegalClock.Today(time);
        if (member.From is not { } from)
        {
            refusals.Add(new Refusal("from", RuleCodes.Required, "The first day in the household is required."));
        }
        else if (!LegalDate.IsPlausible(from, today))
        {
            refusals.Add(new Refusal("from", RuleCodes.ImplausibleDate, "The first day is not plausible.", from, LegalDate.Earliest, LegalDate.Latest(today)));
        }

        var personId = await PersonAsync(member, caseId, refusals, cancellationToken);
        if (refusals.Count > 0 || personId is null)
        {
            return refusals;
        }

        var day = member.From!.Value;
        if (@case.DeFactoHousehold.MembersOn(day).FirstOrDefault(m => m.PersonId == personId) is not null)
        {
            var name = await db.Persons.Where(p => p.Id == personId).Select(p => p.FirstName + " " + p.LastName).SingleAsync(cancellationToken);
            return [new Refusal("person", RuleCodes.AlreadyInHousehold, $"{name} is already in the de facto household on that day.", name)];
        }

        return await SaveAsync(() => @case.AddDeFactoMember(new HouseholdMemberEntry(personId.Value, member.Relation, day)), cancellationToken);
    }

    /// <summary>Ends a member's stay after <paramref name="lastDay"/>; empty when saved.</summary>
    public async Task<IReadOnlyList<Refusal>> EndAsync(Guid caseId, Guid memberId, DateOnly? lastDay, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return [new Refusal("caseId", RuleCodes.UnknownValue, "The CPAS has no such case.", caseId.ToString())];
        }

        if (lastDay is not { } day)
        {
            return [new Refusal("lastDay", RuleCodes.Required, "The last day in the household is required.")];
        }

        var member = @case.DeFactoHousehold.Members.FirstOrDefault(m => m.Id == memberId);
        if (member is null)
        {
            return [new Refusal("member", RuleCodes.UnknownMember, "No such member in the de facto household.", memberId.ToString())];
        }

        if (day < member.From)
        {
            return [new Refusal("lastDay", RuleCodes.EndBeforeStart, "The last day is before the first.", day, member.From)];
        }

        return await SaveAsync(() => @case.EndDeFactoMembership(memberId, day), cancellationToken);
    }

    private async Task<IReadOnlyList<Refusal>> SaveAsync(Action change, CancellationToken cancellationToken)
    {
        try
        {
            change();
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DomainValidationException refusal)
        {
            db.ChangeTracker.Clear();
            return [new Refusal(RuleTexts.ApiField(refusal.Field), refusal.Code, refusal.Arguments, refusal.Message)];
        }
    }

    private async Task<Guid?> PersonAsync(NewHouseholdMember member, Guid caseId, List<Refusal> refusals, CancellationToken cancellationToken)
    {
        if (member.PersonId is { } id)
        {
            if (await db.Persons.AnyAsync(p => p.Id == id, cancellationToken))
            {
                return id;
            }

            refusals.Add(new Refusal("person", RuleCodes.UnknownMember, "The CPAS has no such person.", id.ToString()));
            return null;
        }

        if (!Niss.TryParse(member.Niss, out var niss, out _, out var message))
        {
            refusals.Add(string.IsNullOrWhiteSpace(member.Niss)
                ? new Refusal("niss", RuleCodes.Required, "The NISS is required.")
                : new Refusal("niss", RuleCodes.NissInvalid, message ?? "Not a valid NISS.", member.Niss!));
            return null;
        }

        try
        {
            return (await persons.FindOrImportAsync(niss, caseId, cancellationToken)).Id;
        }
        catch (UnknownNissException)
        {
            refusals.Add(new Refusal("niss", RuleCodes.UnknownNiss, "No register knows this NISS.", niss.Formatted));
            return null;
        }
        catch (FederalServiceException)
        {
            refusals.Add(new Refusal("niss", RuleCodes.RegisterUnavailable, "The registers did not answer.", niss.Formatted));
            return null;
        }
    }
}

/// <summary>A member to add: a person of the CPAS (<see cref="PersonId"/>) or a NISS, their relation and first day.</summary>
public sealed record NewHouseholdMember(Guid? PersonId, string? Niss, HouseholdRelation Relation, DateOnly? From);
