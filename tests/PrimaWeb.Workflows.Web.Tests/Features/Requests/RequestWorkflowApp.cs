using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// The real host (real definitions, activities, gateway and in-process simulator) on a SQLite file and a fake clock,
/// without a Hangfire server: the tests deliver the outbox, fire the due timers and poll the SPP-IS answers themselves
/// through the <see cref="WorkflowDriver"/> (ADR 0501), so nothing runs behind their back. Two apps on the same file
/// and clock are a restart.
/// </summary>
internal sealed class RequestWorkflowApp : IDisposable
{
    private readonly PrimaWebAppFactory _factory;
    private readonly WebApplicationFactory<Program> _app;
    private readonly Lazy<WorkflowDriver> _driver;

    public RequestWorkflowApp(FakeTimeProvider clock, string? databaseFile = null, string provider = "Sqlite", string? connectionString = null)
    {
        Clock = clock;
        _factory = new PrimaWebAppFactory(databaseFile, provider: provider, connectionString: connectionString);
        _app = _factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => WorkflowDriver.TakeControl(services, clock)));
        _driver = new(() => new WorkflowDriver(_app.Services, clock));
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The host itself, for clients that send what <see cref="ApiSession"/> would not.</summary>
    public WebApplicationFactory<Program> Factory => _app;

    public string DatabaseFile => _factory.DatabaseFile;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public Task<ApiSession> SignInAsync(string user) => ApiSession.SignInAsync(_app, user);

    public Task DeliverOutboxAsync() => _driver.Value.DeliverOutboxAsync();

    public Task<int> PollAnswersAsync() => _driver.Value.PollAnswersAsync();

    public Task<int> FireDueTimersAsync() => _driver.Value.FireDueTimersAsync();

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
