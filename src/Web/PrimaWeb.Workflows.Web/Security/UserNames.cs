using PrimaWeb.Workflows.Web.Demo;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>
/// A user's display name from their id. Only the demo users are known by name today; with OpenID Connect the id is
/// shown until a user directory exists.
/// </summary>
public static class UserNames
{
    public static string Display(string userId) => DemoUsers.Find(userId)?.DisplayName ?? userId;
}
