using System.Diagnostics.CodeAnalysis;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Tenants;

namespace PrimaWeb.Workflows.Domain.Staff;

/// <summary>
/// A member of a CPAS's staff as the application knows them from their sign-ins: the user id of the identity provider
/// (or the demo), and the name to print where a person must be named (a letter's contact, an inbox's assignee). Kept up
/// to date at each sign-in; the identity provider stays the one place that decides who may sign in.
/// </summary>
public sealed class StaffMember
{
    public const int MaxUserIdLength = 200;

    public const int MaxNameLength = 200;

    public StaffMember(string tenantId, string userId, string displayName, IEnumerable<string> roles)
    {
        TenantId = TenantCode.Validate(tenantId, nameof(TenantId));
        UserId = Guard.RequiredText(userId, nameof(UserId), "user id", MaxUserIdLength);
        Rename(displayName);
        ChangeRoles(roles);
    }

    // For EF Core.
    private StaffMember()
    {
        TenantId = string.Empty;
        UserId = string.Empty;
        DisplayName = string.Empty;
        RolesText = string.Empty;
    }

    public string TenantId { get; private set; }

    public string UserId { get; private set; }

    /// <summary>First and last name as the person writes them (<c>Amélie Dubois</c>).</summary>
    public string DisplayName { get; private set; }

    /// <summary>The roles held at the last sign-in (<see cref="Staff.Roles"/>), so that a manager can hand a task to someone of a role.</summary>
    public IReadOnlyList<string> Roles => RolesText.Split(',', StringSplitOptions.RemoveEmptyEntries);

    // One text column: the list is short and only ever read whole.
    private string RolesText { get; set; }

    [MemberNotNull(nameof(DisplayName))]
    public void Rename(string displayName) => DisplayName = Guard.RequiredText(displayName, nameof(DisplayName), "name", MaxNameLength);

    [MemberNotNull(nameof(RolesText))]
    public void ChangeRoles(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        RolesText = string.Join(',', roles.Where(r => Staff.Roles.All.Contains(r, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }
}
