using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// The persons of the signed-in user's CPAS and, through the gateway (which audits every call), the National Register.
/// Nothing is saved here: the caller's unit of work commits an imported person with what it was imported for.
/// </summary>
public sealed class PersonDirectory(PrimaWebDbContext db, IIdentificationClient identification, ICurrentUser user, Nationalities nationalities)
{
    /// <summary>The CPAS's person with this NISS (tenant filter applies), or null.</summary>
    public Task<Person?> FindAsync(Niss niss, CancellationToken cancellationToken) =>
        db.Persons.SingleOrDefaultAsync(person => person.Niss == niss, cancellationToken);

    /// <summary>The National Register's (or BIS register's) person; throws the gateway's errors (unknown NISS …).</summary>
    public async Task<NaturalPerson> ConsultAsync(Niss niss, Guid? caseId, CancellationToken cancellationToken)
    {
        var answer = await identification.IdentifyBySsinAsync(Context(caseId), niss, cancellationToken);
        return answer.Persons.Count > 0
            ? answer.Persons[0]
            : throw new InvalidOperationException($"The registers answered for {niss.Formatted} without the person.");
    }

    /// <summary>The CPAS's person, or the register's person added to the CPAS (not saved) when it has none yet.</summary>
    public async Task<Person> FindOrImportAsync(Niss niss, Guid? caseId, CancellationToken cancellationToken)
    {
        if (await FindAsync(niss, cancellationToken) is { } known)
        {
            return known;
        }

        var person = PersonMapping.ToPerson(user.TenantCode, await ConsultAsync(niss, caseId, cancellationToken), await DefaultLanguageAsync(cancellationToken), nationalities);
        db.Persons.Add(person);
        return person;
    }

    /// <summary>How the registers' nationality codes read as nationalities.</summary>
    public Nationalities Nationalities => nationalities;

    /// <summary>The register's person as the API shows it, nationality included.</summary>
    public PersonDto ToDto(NaturalPerson person) => PersonMapping.ToDto(person, nationalities);

    /// <summary>
    /// The CPAS's persons whose last name sounds like <paramref name="lastName"/> (<see cref="PhoneticKey"/>), born
    /// between <paramref name="bornFrom"/> and <paramref name="bornUntil"/>, whose first name (if given) starts alike.
    /// </summary>
    public async Task<IReadOnlyList<Person>> SearchAsync(string lastName, string? firstName, DateOnly bornFrom, DateOnly bornUntil, CancellationToken cancellationToken)
    {
        // The birth date narrows in the database; the phonetic key (not stored) is compared here.
        var candidates = await db.Persons
            .Where(person => person.BirthDate != null && person.BirthDate >= bornFrom && person.BirthDate <= bornUntil)
            .ToListAsync(cancellationToken);
        var key = PhoneticKey.Of(lastName);
        var firstKey = string.IsNullOrWhiteSpace(firstName) ? null : PhoneticKey.Of(firstName);
        return
        [
            .. candidates
                .Where(person => PhoneticKey.Of(person.LastName) == key)
                .Where(person => firstKey is null || PhoneticKey.Of(person.FirstName).StartsWith(firstKey, StringComparison.Ordinal))
                .OrderBy(person => person.LastName, StringComparer.Ordinal)
                .ThenBy(person => person.FirstName, StringComparer.Ordinal),
        ];
    }

    /// <summary>The registers' phonetic search (audited by the gateway).</summary>
    public async Task<IReadOnlyList<NaturalPerson>> SearchRegistersAsync(PhoneticCriteria criteria, CancellationToken cancellationToken) =>
        (await identification.SearchPhoneticAsync(Context(null), criteria, cancellationToken)).Persons;

    /// <summary>Registers a new BIS number (or gets the one an identical person already has).</summary>
    public Task<CreateKszCitizenAnswer> CreateBisAsync(CreateKszCitizenRequest request, CancellationToken cancellationToken) =>
        identification.CreateBisAsync(Context(null), request, cancellationToken);

    /// <summary>The language of the CPAS's letters, for persons whose language the registers do not give.</summary>
    public async Task<Language> DefaultLanguageAsync(CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == user.TenantCode, cancellationToken);
        return tenant?.DefaultLanguage ?? (user.Language == "nl" ? Language.Nl : Language.Fr);
    }

    public void Add(Person person) => db.Persons.Add(person);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private FederalCallContext Context(Guid? caseId) =>
        new(user.TenantCode, user.UserId, caseId?.ToString(), null, LegalContext.SocialInquiry);
}
