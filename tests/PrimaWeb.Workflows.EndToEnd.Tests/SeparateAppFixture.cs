using PrimaWeb.Workflows.Testing.Web;

namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>
/// An application of its own, for a test class whose scenario changes what the shared app's tests count on: it opens
/// cases, delivers every due outbox message and moves the clock. The browser stays the collection's one.
/// </summary>
public sealed class SeparateAppFixture : IAsyncLifetime
{
    public SeparateAppFixture() => App = new PrimaWebFactory { Clock = Clock };

    /// <summary>The app's clock: real time (the browser's circuit keeps its timers), moved forward by the test.</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>The app on a loopback port; the test moves its workflows on through <see cref="PrimaWebFactory.Workflows"/>.</summary>
    public PrimaWebFactory App { get; }

    public Task InitializeAsync()
    {
        if (BrowserEnvironment.ChromiumPath is not null)
        {
            App.StartOnLoopback();
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
