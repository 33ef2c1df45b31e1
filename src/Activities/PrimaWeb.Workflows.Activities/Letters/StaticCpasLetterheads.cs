namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Letterheads given at registration, per tenant, with a fallback for a tenant without one (the tenant code as name),
/// so a letter is never blocked for want of a letterhead; the host replaces it with one read from its database.
/// </summary>
public sealed class StaticCpasLetterheads(IReadOnlyDictionary<string, LetterCpas>? letterheads = null) : ICpasLetterheads
{
    private static readonly LetterAddress Unknown = new("", "", null, "", "", "BE", "", "");

    public Task<LetterCpas> ForAsync(string tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult(letterheads?.GetValueOrDefault(tenantId)
            ?? new LetterCpas(tenantId, Unknown, null, null, new LetterCourt("tribunal du travail / arbeidsrechtbank", Unknown)));
}
