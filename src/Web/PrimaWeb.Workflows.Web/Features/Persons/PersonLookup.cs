using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.Web.Features.Audit;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// Finding a person by NISS or phonetically and creating a BIS number, as both the API and the persons page do it:
/// one way, so a page consultation is audited exactly as an API one (every register call goes through
/// <see cref="PersonDirectory"/> and the gateway, which writes an audit row under the user and CPAS; a read of the
/// CPAS's own persons is recorded by <see cref="AccessAudit"/>).
/// </summary>
public sealed class PersonLookup(PersonDirectory directory, AccessAudit audit, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The CPAS's person with this NISS, else the registers' one; nobody, or why the registers could not say.</summary>
    public async Task<PersonFound> FindAsync(Niss niss, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(niss, cancellationToken) is { } known)
        {
            await audit.PersonsReadAsync([known.Niss], ReadServices.Person, "lookup by NISS");
            return new PersonFound(PersonMapping.ToDto(known), null);
        }

        try
        {
            return new PersonFound(directory.ToDto(await directory.ConsultAsync(niss, null, cancellationToken)), null);
        }
        catch (UnknownNissException)
        {
            return new PersonFound(null, null);
        }
        catch (FederalServiceException failure) when (failure is ServiceUnavailableException or MalformedAnswerException or FederalServiceRefusedException)
        {
            return new PersonFound(null, failure.Message);
        }
    }

    /// <summary>The CPAS's persons first, then the registers' ones it does not know yet.</summary>
    public async Task<PersonSearchResult> SearchAsync(PersonSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var (bornFrom, bornUntil) = criteria.BirthRange();
        var own = await directory.SearchAsync(criteria.LastName, criteria.FirstName, bornFrom, bornUntil, cancellationToken);
        await audit.PersonsReadAsync([.. own.Select(person => person.Niss)], ReadServices.PersonSearch, "phonetic search");
        var found = own.Select(PersonMapping.ToDto).ToList();
        string? registerMessage = null;
        try
        {
            var known = found.Select(p => p.Niss).ToHashSet(StringComparer.Ordinal);
            found.AddRange((await directory.SearchRegistersAsync(criteria.ToPhoneticCriteria(), cancellationToken))
                .Where(person => !known.Contains(person.SSIN.ToString()))
                .Select(directory.ToDto));
        }
        catch (FederalServiceException failure)
        {
            // The CPAS's own persons are still worth showing when the registers cannot be searched.
            registerMessage = failure.Message;
        }

        return new PersonSearchResult(found, registerMessage);
    }

    /// <summary>
    /// Registers the person in the BIS register and adds them to the CPAS (or answers the CPAS's person when the register
    /// gave a number the CPAS already knows). Refused fields come back by name, in the JSON spelling.
    /// </summary>
    public async Task<BisCreation> CreateBisAsync(CreateBisRequestDto body, CancellationToken cancellationToken)
    {
        var request = BisRequestReader.Read(body, LegalClock.Today(clock), out var refusals);
        if (request is null)
        {
            return BisCreation.Refused(refusals);
        }

        try
        {
            var answer = await directory.CreateBisAsync(request, cancellationToken);
            if (await directory.FindAsync(answer.SSIN, cancellationToken) is { } known)
            {
                return new BisCreation(PersonMapping.ToDto(known), false, [], null);
            }

            var language = BisRequestReader.Language(body) ?? await directory.DefaultLanguageAsync(cancellationToken);
            var person = BisRequestReader.ToPerson(body, user.TenantCode, answer.SSIN, language, directory.Nationalities);
            directory.Add(person);
            await directory.SaveAsync(cancellationToken);
            return new BisCreation(PersonMapping.ToDto(person), answer.Created, [], null);
        }
        catch (InvalidFederalRequestException invalid)
        {
            // The register's reasons are its own words: the user reads which field it refused, in their language.
            return BisCreation.Refused([.. invalid.Fields.Select(f => new Refusal(f.Field, RuleCodes.Refused, f.Message))]);
        }
        catch (FederalServiceException failure)
        {
            return new BisCreation(null, false, [], failure.Message);
        }
    }
}

/// <summary>The person found (null: nobody has this NISS), or why the registers could not be asked.</summary>
public sealed record PersonFound(PersonDto? Person, string? UnavailableMessage);

/// <summary>
/// The person registered (<see cref="Created"/>: a new BIS number rather than the one an identical person had), or the
/// refused fields, or why the BIS register could not be reached.
/// </summary>
public sealed record BisCreation(PersonDto? Person, bool Created, IReadOnlyList<Refusal> Refusals, string? UnavailableMessage)
{
    public static BisCreation Refused(IReadOnlyList<Refusal> refusals) => new(null, false, refusals, null);
}
