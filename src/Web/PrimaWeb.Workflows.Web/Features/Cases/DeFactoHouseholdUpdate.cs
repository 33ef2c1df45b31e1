using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// Replaces the de facto household of a case with the one the social worker establishes. Input errors name
/// <c>members[i].field</c>; the case's rules (main person present, no overlap, one partner) name <c>members</c>.
/// </summary>
public sealed class DeFactoHouseholdUpdate(PrimaWebDbContext db, PersonDirectory persons, TimeProvider time)
{
    /// <summary>False when the case is unknown to the CPAS; otherwise the household is saved or <paramref name="refusals"/> says why not.</summary>
    public async Task<bool> ApplyAsync(Guid caseId, DeFactoHouseholdDto body, List<Refusal> refusals, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return false;
        }

        if (body.Members is not { Count: > 0 } members)
        {
            refusals.Add(new Refusal("members", RuleCodes.MainPersonMissing, "The de facto household lists at least the main person."));
            return true;
        }

        var entries = new List<HouseholdMemberEntry>();
        for (var i = 0; i < members.Count; i++)
        {
            if (await ReadAsync(members[i], $"members[{i}]", caseId, refusals, cancellationToken) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (refusals.Count > 0)
        {
            return true;
        }

        try
        {
            @case.ReplaceDeFactoHousehold(entries);
        }
        catch (DomainValidationException refusal)
        {
            refusals.Add(ApiProblems.ToRefusal(refusal) with { Field = "members" });
            return true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<HouseholdMemberEntry?> ReadAsync(DeFactoMemberDto member, string path, Guid caseId, List<Refusal> refusals, CancellationToken cancellationToken)
    {
        var before = refusals.Count;
        if (!Enum.TryParse<HouseholdRelation>(member.Relation, ignoreCase: true, out var relation) || !Enum.IsDefined(relation))
        {
            refusals.Add(new Refusal($"{path}.relation", RuleCodes.UnknownValue, $"The relation is one of {string.Join(", ", Enum.GetNames<HouseholdRelation>())}.", member.Relation ?? string.Empty));
        }

        var today = LegalClock.Today(time);
        if (!ApiDates.TryParse(member.From, out var from))
        {
            refusals.Add(member.From is null
                ? new Refusal($"{path}.from", FormErrorCodes.Required, "The first day in the household is required (yyyy-MM-dd).")
                : new Refusal($"{path}.from", FormErrorCodes.Date, "The first day in the household is yyyy-MM-dd."));
        }
        else if (ApiDates.Implausible($"{path}.from", from, today) is { } far)
        {
            refusals.Add(far);
        }

        DateOnly? to = null;
        if (member.To is not null)
        {
            if (!ApiDates.TryParse(member.To, out var last))
            {
                refusals.Add(new Refusal($"{path}.to", FormErrorCodes.Date, "The last day in the household is yyyy-MM-dd, or omitted while the person lives there."));
            }
            else if (ApiDates.Implausible($"{path}.to", last, today) is { } far)
            {
                refusals.Add(far);
            }
            else if (last < from)
            {
                refusals.Add(new Refusal($"{path}.to", RuleCodes.EndBeforeStart, $"The last day {member.To} is before the first day {member.From}.", last, from));
            }
            else
            {
                to = last;
            }
        }

        var personId = await PersonAsync(member, path, caseId, refusals, cancellationToken);
        return refusals.Count > before || personId is null ? null : new HouseholdMemberEntry(personId.Value, relation, from, to);
    }

    private async Task<Guid?> PersonAsync(DeFactoMemberDto member, string path, Guid caseId, List<Refusal> refusals, CancellationToken cancellationToken)
    {
        if (member.PersonId is { } id)
        {
            if (await db.Persons.AnyAsync(p => p.Id == id, cancellationToken))
            {
                return id;
            }

            refusals.Add(new Refusal($"{path}.personId", RuleCodes.UnknownPerson, $"The CPAS has no person {id}."));
            return null;
        }

        if (NissQuery.Read(member.Niss, out var niss, $"{path}.niss") is { } refused)
        {
            refusals.Add(refused);
            return null;
        }

        try
        {
            return (await persons.FindOrImportAsync(niss, caseId, cancellationToken)).Id;
        }
        catch (FederalServices.Errors.FederalServiceException failure)
        {
            refusals.Add(new Refusal(
                $"{path}.niss", RuleCodes.RegisterUnavailable, $"The person {niss.Formatted} could not be imported from the National Register: {failure.Message}", niss.Formatted));
            return null;
        }
    }
}
