namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>
/// An application of its own, for a test class whose scenario changes what the shared app's tests count on: it opens
/// cases, delivers every due outbox message and moves the clock. The browser stays the collection's one.
/// </summary>
public sealed class SeparateAppFixture : IAsyncLifetime
{
    public EndToEndAppFactory App { get; } = new();

    public Task InitializeAsync()
    {
        if (BrowserEnvironment.ChromiumPath is not null)
        {
            App.Start();
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
