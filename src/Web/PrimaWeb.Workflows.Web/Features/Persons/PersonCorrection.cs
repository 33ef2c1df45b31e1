using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// Corrects what the CPAS holds about a person when a federal service refused it (e.g. the BCSS could not authenticate
/// a misspelt name): by taking the registers' identity again, or by typing the name. Refusals are data (field, code,
/// arguments); nothing is saved when one is refused.
/// </summary>
public sealed class PersonCorrection(PrimaWebDbContext db, PersonDirectory directory)
{
    /// <summary>Takes names and address from the National Register (or the BIS register); empty when saved.</summary>
    public async Task<IReadOnlyList<Refusal>> FromRegistersAsync(Guid personId, Guid? caseId, CancellationToken cancellationToken)
    {
        var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return [new Refusal("person", RuleCodes.UnknownMember, "The CPAS has no such person.", personId.ToString())];
        }

        try
        {
            var registered = await directory.ConsultAsync(person.Niss, caseId, cancellationToken);
            person.Rename(registered.Name.LastName, registered.Name.FirstName);
            if (registered.Address is { } address)
            {
                person.Move(address);
            }

            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (UnknownNissException)
        {
            return [new Refusal("niss", RuleCodes.UnknownNiss, "No register knows this NISS.", person.Niss.Formatted)];
        }
        catch (FederalServiceException)
        {
            return [new Refusal("niss", RuleCodes.RegisterUnavailable, "The registers did not answer.", person.Niss.Formatted)];
        }
    }

    /// <summary>Changes the person's names as typed; empty when saved.</summary>
    public async Task<IReadOnlyList<Refusal>> RenameAsync(Guid personId, string? lastName, string? firstName, CancellationToken cancellationToken)
    {
        var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return [new Refusal("person", RuleCodes.UnknownMember, "The CPAS has no such person.", personId.ToString())];
        }

        try
        {
            person.Rename(lastName ?? string.Empty, firstName ?? string.Empty);
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DomainValidationException refusal)
        {
            db.ChangeTracker.Clear();
            return [new Refusal(RuleTexts.ApiField(refusal.Field), refusal.Code, refusal.Arguments, refusal.Message)];
        }
    }
}
