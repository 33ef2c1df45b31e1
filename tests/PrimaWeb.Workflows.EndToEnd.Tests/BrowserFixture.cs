using Microsoft.Playwright;
using PrimaWeb.Workflows.Testing.Web;

namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>
/// One application and one headless Chromium for all browser tests; each test opens its own browser context (own cookies).
/// Every page reports what the Content-Security-Policy blocked: <see cref="CspViolations"/> gathers it for all the tests,
/// and the run fails at the end if any page of any test was refused something.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Chromium reports a blocked script, style, frame or connection both as a console error and as an event.
    private const string ReportViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));";

    private readonly List<string> _cspViolations = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserFixture() => App = new PrimaWebFactory { Clock = Clock };

    /// <summary>The shared app's clock: real time, moved forward only by a test that owns its app.</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>The shared application, on a loopback port, with the demo data and the tasks of <see cref="DemoTasks"/>.</summary>
    public PrimaWebFactory App { get; }

    public IReadOnlyList<string> CspViolations
    {
        get
        {
            lock (_cspViolations)
            {
                return [.. _cspViolations];
            }
        }
    }

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
        await context.AddInitScriptAsync(ReportViolations);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.StartsWith("CSP violation", StringComparison.Ordinal))
            {
                lock (_cspViolations)
                {
                    _cspViolations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
        if (CspViolations.Count > 0)
        {
            throw new InvalidOperationException(
                "The Content-Security-Policy blocked something on a page during the browser tests:" + Environment.NewLine
                + string.Join(Environment.NewLine, CspViolations));
        }
    }
}
