using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// Replaces the de facto household of a case with the one the social worker establishes. Input errors name
/// <c>members[i].field</c>; the case's rules (main person present, no overlap, one partner) name <c>members</c>.
/// </summary>
public sealed class DeFactoHouseholdUpdate(PrimaWebDbContext db, PersonDirectory persons, IStringLocalizer<UiText> text, TimeProvider time)
{
    /// <summary>False when the case is unknown to the CPAS; otherwise the household is saved or <paramref name="errors"/> says why not.</summary>
    public async Task<bool> ApplyAsync(Guid caseId, DeFactoHouseholdDto body, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return false;
        }

        if (body.Members is not { Count: > 0 } members)
        {
            errors["members"] = ["The de facto household lists at least the main person."];
            return true;
        }

        var entries = new List<HouseholdMemberEntry>();
        for (var i = 0; i < members.Count; i++)
        {
            if (await ReadAsync(members[i], $"members[{i}]", caseId, errors, cancellationToken) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (errors.Count > 0)
        {
            return true;
        }

        try
        {
            @case.ReplaceDeFactoHousehold(entries);
        }
        catch (DomainValidationException refusal)
        {
            errors["members"] = [RuleTexts.Describe(text, refusal)];
            return true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<HouseholdMemberEntry?> ReadAsync(DeFactoMemberDto member, string path, Guid caseId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var before = errors.Count;
        if (!Enum.TryParse<HouseholdRelation>(member.Relation, ignoreCase: true, out var relation) || !Enum.IsDefined(relation))
        {
            errors[$"{path}.relation"] = [$"The relation is one of {string.Join(", ", Enum.GetNames<HouseholdRelation>())}."];
        }

        var today = LegalClock.Today(time);
        if (!ApiDates.TryParse(member.From, out var from))
        {
            errors[$"{path}.from"] = ["The first day in the household is required (yyyy-MM-dd)."];
        }
        else if (ApiDates.Implausible($"{path}.from", from, today) is { } far)
        {
            errors[far.Field] = [RuleTexts.Describe(text, far)];
        }

        DateOnly? to = null;
        if (member.To is not null)
        {
            if (!ApiDates.TryParse(member.To, out var last))
            {
                errors[$"{path}.to"] = ["The last day in the household is yyyy-MM-dd, or omitted while the person lives there."];
            }
            else if (ApiDates.Implausible($"{path}.to", last, today) is { } far)
            {
                errors[far.Field] = [RuleTexts.Describe(text, far)];
            }
            else if (last < from)
            {
                errors[$"{path}.to"] = [$"The last day {member.To} is before the first day {member.From}."];
            }
            else
            {
                to = last;
            }
        }

        var personId = await PersonAsync(member, path, caseId, errors, cancellationToken);
        return errors.Count > before || personId is null ? null : new HouseholdMemberEntry(personId.Value, relation, from, to);
    }

    private async Task<Guid?> PersonAsync(DeFactoMemberDto member, string path, Guid caseId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (member.PersonId is { } id)
        {
            if (await db.Persons.AnyAsync(p => p.Id == id, cancellationToken))
            {
                return id;
            }

            errors[$"{path}.personId"] = [$"The CPAS has no person {id}."];
            return null;
        }

        if (!Niss.TryParse(member.Niss, out var niss, out _, out var message))
        {
            errors[$"{path}.niss"] = [member.Niss is null ? "Either personId or niss is required." : message ?? "Not a valid NISS."];
            return null;
        }

        try
        {
            return (await persons.FindOrImportAsync(niss, caseId, cancellationToken)).Id;
        }
        catch (FederalServices.Errors.FederalServiceException failure)
        {
            errors[$"{path}.niss"] = [$"The person {niss.Formatted} could not be imported from the National Register: {failure.Message}"];
            return null;
        }
    }
}
