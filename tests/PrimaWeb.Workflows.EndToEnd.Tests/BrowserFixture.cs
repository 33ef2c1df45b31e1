using Microsoft.Playwright;
using PrimaWeb.Workflows.Testing.Web;

namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>One application and one headless Chromium for all browser tests; each test opens its own browser context (own cookies).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserFixture() => App = new PrimaWebFactory { Clock = Clock };

    /// <summary>The shared app's clock: real time, moved forward only by a test that owns its app.</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>The shared application, on a loopback port, with the demo data and the tasks of <see cref="DemoTasks"/>.</summary>
    public PrimaWebFactory App { get; }

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.ChromiumPath is null)
        {
            return;
        }

        App.StartOnLoopback();
        await DemoTasks.SeedAsync(App.Services);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page at 1366×768 (the smallest screen the issue asks to support), on the shared app or another.</summary>
    public async Task<IPage> NewPageAsync(PrimaWebFactory? app = null)
    {
        var browser = _browser ?? throw new InvalidOperationException(BrowserEnvironment.MissingChromiumMessage);
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = (app ?? App).BaseAddress.ToString(),
            ViewportSize = new() { Width = 1366, Height = 768 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
