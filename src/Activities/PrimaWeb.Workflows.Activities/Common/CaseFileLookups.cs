using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>Reads that a step cannot do without: a missing case, request or person faults it with a message saying which.</summary>
public static class CaseFileLookups
{
    public static async Task<Case> CaseAsync(this ICaseFileStore store, string tenantId, Guid caseId, CancellationToken cancellationToken) =>
        await store.FindCaseAsync(tenantId, caseId, cancellationToken)
            ?? throw new InvalidOperationException($"Case {caseId} does not exist in {tenantId}.");

    public static async Task<Request> RequestAsync(this ICaseFileStore store, string tenantId, Guid requestId, CancellationToken cancellationToken) =>
        await store.FindRequestAsync(tenantId, requestId, cancellationToken)
            ?? throw new InvalidOperationException($"Request {requestId} does not exist in {tenantId}.");

    public static async Task<IReadOnlyList<Person>> PersonsAsync(
        this ICaseFileStore store, string tenantId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var persons = await store.FindPersonsAsync(tenantId, personIds, cancellationToken);
        var missing = personIds.Where(id => persons.All(p => p.Id != id)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Person(s) {string.Join(", ", missing)} do not exist in {tenantId}.");
        }

        return [.. personIds.Select(id => persons.First(p => p.Id == id))];
    }

    public static async Task<Person> PersonAsync(this ICaseFileStore store, string tenantId, Guid personId, CancellationToken cancellationToken) =>
        (await store.PersonsAsync(tenantId, [personId], cancellationToken))[0];
}
