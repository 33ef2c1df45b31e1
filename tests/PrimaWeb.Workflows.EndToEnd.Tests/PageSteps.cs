using Microsoft.Playwright;

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

    /// <summary>The whole page by default; a dialog over the page is better seen in the window alone.</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(BrowserEnvironment.ScreenshotsDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.ScreenshotsDirectory, $"{name}.png"), FullPage = fullPage });
    }
}
