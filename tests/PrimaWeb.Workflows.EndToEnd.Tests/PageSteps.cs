using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>What every scenario does: sign in through the demo page, wait for the circuit, save a screenshot.</summary>
internal static class PageSteps
{
    public static async Task SignInAsync(this IPage page, string userId, string returnUrl = "/")
    {
        await page.GotoAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.ClickAsync($"button[name=userId][value={userId}]");
        await page.WaitForInteractiveAsync();
    }

    /// <summary>A click before the Blazor circuit is up is lost: wait for the marker the layout sets once interactive.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-testid=main][data-ready=true]").WaitForAsync();

    public static async Task GotoInteractiveAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>
    /// Opens a case's task of a type (by its name in the user's language) from the inbox beside the list: the user's own
    /// tasks, or the team's. The tab is chosen by the address, so it works in every language.
    /// </summary>
    public static async Task<ILocator> OpenTaskFromInboxAsync(this IPage page, string reference, string type, bool team = false)
    {
        await page.GotoInteractiveAsync(team ? "/inbox?tab=team" : "/inbox");
        var row = page.GetByTestId(team ? "team-tasks" : "my-tasks").Locator("tbody tr").Filter(new() { HasText = reference }).Filter(new() { HasText = type });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByTestId("task-link").ClickAsync();
        var panel = page.GetByTestId("task-panel");
        await Expect(panel.GetByTestId("task-type")).ToHaveTextAsync(type);
        return panel;
    }

    /// <summary>The whole page by default; a dialog over the page is better seen in the window alone.</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(BrowserEnvironment.ScreenshotsDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.ScreenshotsDirectory, $"{name}.png"), FullPage = fullPage });
    }

    /// <summary>One part of the page (a form), scrolled into view, without the bar and messages that float over it.</summary>
    public static async Task SaveScreenshotAsync(this ILocator part, string name)
    {
        Directory.CreateDirectory(BrowserEnvironment.ScreenshotsDirectory);
        await part.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserEnvironment.ScreenshotsDirectory, $"{name}.png"),
            Style = ".mud-appbar, #mud-snackbar-container, .mud-snackbar { visibility: hidden !important; }",
        });
    }
}
