using System.Net;
using System.Text.RegularExpressions;

namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>Signs a client in as a demo user through the real sign-in page (antiforgery token included).</summary>
internal static partial class DemoSignIn
{
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userId)
    {
        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var fields = new Dictionary<string, string> { ["userId"] = userId };

        // No token when demo sign-in is disabled (no form): the post is then refused, which tests rely on.
        if (AntiforgeryToken(page) is { } token)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
    }

    /// <summary>The antiforgery token of the first form on a page, if any.</summary>
    public static string? AntiforgeryToken(string page) =>
        TokenField().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
