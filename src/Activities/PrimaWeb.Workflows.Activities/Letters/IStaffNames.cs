namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// The name of a member of a CPAS's staff by their user id, for the letters' contact person; the host knows its users
/// (the demo's, or the OpenID Connect provider's <c>name</c> claim). Null when the user is unknown.
/// </summary>
public interface IStaffNames
{
    Task<string?> NameOfAsync(string tenantId, string userId, CancellationToken cancellationToken = default);
}

/// <summary>No directory: every user is unknown, and the letter names the CPAS as contact.</summary>
public sealed class NoStaffNames : IStaffNames
{
    public Task<string?> NameOfAsync(string tenantId, string userId, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
