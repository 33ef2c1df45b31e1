using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

[Collection(HangfireCollection.Name)]
public sealed class HangfireStorageFactoryTests
{
    [Fact]
    public void Create_NothingConfigured_IsInMemory()
    {
        HangfireStorageFactory.Create(Configuration([])).ShouldBeOfType<InMemoryStorage>();
    }

    [Fact]
    public void Create_SQLite_UsesTheConnectionString()
    {
        var path = Path.Combine(Path.GetTempPath(), $"primaweb-jobs-{Guid.NewGuid():N}.db");

        var storage = HangfireStorageFactory.Create(Configuration(new() { ["Hangfire:Storage"] = "SQLite", ["ConnectionStrings:Hangfire"] = path }));

        storage.ShouldBeOfType<SQLiteStorage>();
        File.Exists(path).ShouldBeTrue();
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostgreSql")]
    [InlineData("SqlServer")]
    public void Create_ServerStorageWithoutConnectionString_SaysWhatIsMissing(string kind)
    {
        var error = Should.Throw<InvalidOperationException>(() => HangfireStorageFactory.Create(Configuration(new() { ["Hangfire:Storage"] = kind })));

        error.Message.ShouldContain("ConnectionStrings:Hangfire");
    }

    [Fact]
    public void Create_UnknownStorage_Throws()
    {
        Should.Throw<InvalidOperationException>(() => HangfireStorageFactory.Create(Configuration(new() { ["Hangfire:Storage"] = "Redis" })));
    }

    [PostgresFact]
    public async Task Create_PostgreSql_InstallsItsSchema()
    {
        await using var database = await PostgresDatabase.CreateAsync("primaweb_hangfire");

        var storage = HangfireStorageFactory.Create(Configuration(new() { ["Hangfire:Storage"] = "PostgreSql", ["ConnectionStrings:Hangfire"] = database.ConnectionString }));

        storage.ShouldBeOfType<PostgreSqlStorage>().GetMonitoringApi().ScheduledCount().ShouldBe(0);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
