using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Web.Demo;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>
/// A user's display name from their id. Only the demo users are known by name today; with OpenID Connect the id is
/// shown until a user directory exists.
/// </summary>
public static class UserNames
{
    public static string Display(string userId) => DemoUsers.Find(userId)?.DisplayName ?? userId;

    /// <summary>As <see cref="Display(string)"/>, the application itself (a step after a federal answer) named in the user's language.</summary>
    public static string Display(string userId, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return userId == MessageTypes.SystemActor ? text["Actor_System"] : Display(userId);
    }
}
