using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// The real host (real definitions, activities, gateway and in-process simulator) on a fake clock, without a Hangfire
/// server: the tests deliver the outbox, fire the due timers and poll the SPP-IS answers themselves through the
/// <see cref="WorkflowDriver"/> (ADR 0501), so nothing runs behind their back. The database outlives the app: two apps
/// on the same file and clock are a restart, and the test deletes the file at the end.
/// </summary>
internal sealed class RequestWorkflowApp : IDisposable
{
    private readonly PrimaWebFactory _app;

    public RequestWorkflowApp(FakeTimeProvider clock, string? databaseFile = null, PostgresDatabase? database = null)
    {
        Clock = clock;
        _app = (database, databaseFile) switch
        {
            ({ } postgres, _) => PrimaWebFactory.OnPostgreSql(postgres, clock),
            (_, { } file) => new PrimaWebFactory { Clock = clock, KeepsDatabase = true, DatabaseFile = file },
            _ => new PrimaWebFactory { Clock = clock, KeepsDatabase = true },
        };
    }

    /// <summary>A throw-away app with more settings and test services (telemetry read in memory, for instance).</summary>
    public RequestWorkflowApp(FakeTimeProvider clock, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection> testServices)
    {
        Clock = clock;
        _app = new PrimaWebFactory { Clock = clock, Settings = settings, TestServices = testServices };
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The host itself, for clients that send what <see cref="ApiSession"/> would not.</summary>
    public PrimaWebFactory Factory => _app;

    public string DatabaseFile => _app.DatabaseFile;

    public DateOnly Today => LegalClock.Today(Clock);

    public IServiceProvider Services => _app.Services;

    public Task<ApiSession> SignInAsync(string user, string? culture = null) => ApiSession.SignInAsync(_app, user, culture);

    public Task DeliverOutboxAsync() => _app.Workflows.DeliverOutboxAsync();

    public Task<int> PollAnswersAsync() => _app.Workflows.PollAnswersAsync();

    public Task<int> FireDueTimersAsync() => _app.Workflows.FireDueTimersAsync();

    public void Dispose() => _app.Dispose();
}
