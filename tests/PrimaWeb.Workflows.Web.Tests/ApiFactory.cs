using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>
/// The real host on a throw-away SQLite file, in Development (so the OpenAPI document is served), with the test
/// sign-in (the <c>Test</c> authorization header carries the role; no header means anonymous) and, when given, its own
/// definitions or reference-data folder. Give a second factory the same <see cref="DatabasePath"/> to
/// restart on it (with <see cref="KeepsDatabase"/>, the test then deletes the file).
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"primaweb-api-{Guid.NewGuid():N}.db");

    public string? DefinitionsPath { get; init; }

    public string? ReferenceDataPath { get; init; }

    public bool KeepsDatabase { get; init; }

    public HttpClient ClientFor(string? role)
    {
        var client = CreateClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(TestAuthenticationHandler.SchemeName, role);
        }

        return client;
    }

    public static void DeleteDatabase(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:PrimaWeb", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "false");
        if (DefinitionsPath is not null)
        {
            builder.UseSetting("Workflows:DefinitionsPath", DefinitionsPath);
        }

        if (ReferenceDataPath is not null)
        {
            builder.UseSetting("Calculations:ReferenceDataPath", ReferenceDataPath);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultScheme = TestAuthenticationHandler.SchemeName;
                options.DefaultAuthenticateScheme = TestAuthenticationHandler.SchemeName;
                options.DefaultChallengeScheme = TestAuthenticationHandler.SchemeName;
                options.DefaultForbidScheme = TestAuthenticationHandler.SchemeName;
            });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        HangfireStatics.Reset();
        if (!KeepsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }
}
