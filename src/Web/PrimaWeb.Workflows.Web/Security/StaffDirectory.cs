using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Staff;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>
/// The CPAS's staff as the application learns them at each sign-in (demo users, or the OpenID Connect provider's
/// <c>name</c> and role claims): the names the letters and the inbox print instead of user ids, and who holds a role
/// when a manager hands a task to someone. Reads name the tenant: a letter may be written by a job with no user.
/// </summary>
public sealed class StaffDirectory(PrimaWebDbContext db) : IStaffNames
{
    /// <summary>Records (or refreshes) the user of a sign-in; a principal without id, tenant or name is left out.</summary>
    public async Task RecordSignInAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub");
        var tenant = principal.FindFirstValue(PrimaWebClaimTypes.Tenant);
        var name = principal.Identity?.Name ?? principal.FindFirstValue("name");
        if (userId is null || tenant is null || string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var roles = principal.Identities.SelectMany(identity => identity.FindAll(identity.RoleClaimType)).Select(claim => claim.Value).ToList();
        await RecordAsync(tenant, userId, name, roles, cancellationToken);
    }

    /// <summary>Adds or updates a member (the demo seeds its users this way); saved at once.</summary>
    public async Task RecordAsync(string tenantId, string userId, string displayName, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var member = await db.StaffMembers.IgnoreQueryFilters()
            .SingleOrDefaultAsync(m => EF.Property<string>(m, "TenantId") == tenantId && m.UserId == userId, cancellationToken);
        if (member is null)
        {
            db.StaffMembers.Add(new StaffMember(tenantId, userId, displayName, roles));
        }
        else
        {
            member.Rename(displayName);
            member.ChangeRoles(roles);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string?> NameOfAsync(string tenantId, string userId, CancellationToken cancellationToken = default) =>
        await db.StaffMembers.IgnoreQueryFilters().AsNoTracking()
            .Where(m => EF.Property<string>(m, "TenantId") == tenantId && m.UserId == userId)
            .Select(m => m.DisplayName)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every known member of the CPAS, by user id.</summary>
    public async Task<IReadOnlyList<StaffMember>> MembersAsync(string tenantId, CancellationToken cancellationToken) =>
        [.. (await db.StaffMembers.IgnoreQueryFilters().AsNoTracking()
                .Where(m => EF.Property<string>(m, "TenantId") == tenantId)
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.DisplayName, StringComparer.CurrentCulture)];

    /// <summary>The names of the CPAS's members by user id, for the screens (an unknown id shows as <see cref="UserNames.Display(string)"/>).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(string tenantId, CancellationToken cancellationToken) =>
        (await MembersAsync(tenantId, cancellationToken)).ToDictionary(m => m.UserId, m => m.DisplayName, StringComparer.Ordinal);
}
