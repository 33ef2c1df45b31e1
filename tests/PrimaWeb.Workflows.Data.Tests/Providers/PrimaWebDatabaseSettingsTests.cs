using Microsoft.Extensions.Configuration;
using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data.Tests.Providers;

public sealed class PrimaWebDatabaseSettingsTests
{
    [Fact]
    public void From_NothingConfigured_UsesSqliteFileUnderContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "primaweb-root");

        var settings = PrimaWebDatabaseSettings.From(Configuration(("contentRoot", root)));

        settings.Provider.ShouldBe(DatabaseProvider.Sqlite);
        settings.ConnectionString.ShouldBe($"Data Source={Path.Combine(root, "App_Data", "primaweb.db")}");
    }

    [Theory]
    [InlineData("PostgreSql", DatabaseProvider.PostgreSql)]
    [InlineData("postgresql", DatabaseProvider.PostgreSql)]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    public void From_ProviderAndConnectionString_TakesBoth(string provider, DatabaseProvider expected)
    {
        var settings = PrimaWebDatabaseSettings.From(Configuration(("Database:Provider", provider), ("ConnectionStrings:PrimaWeb", "Server=db")));

        settings.ShouldBe(new PrimaWebDatabaseSettings(expected, "Server=db"));
    }

    [Fact]
    public void From_UnknownProvider_ThrowsNamingTheChoices()
    {
        var exception = Should.Throw<InvalidOperationException>(() => PrimaWebDatabaseSettings.From(Configuration(("Database:Provider", "Oracle"))));

        exception.Message.ShouldBe("Database:Provider is 'Oracle'; expected one of Sqlite, PostgreSql, SqlServer.");
    }

    [Fact]
    public void From_ServerProviderWithoutConnectionString_ThrowsNamingTheKey()
    {
        var exception = Should.Throw<InvalidOperationException>(() => PrimaWebDatabaseSettings.From(Configuration(("Database:Provider", "PostgreSql"))));

        exception.Message.ShouldContain("ConnectionStrings:PrimaWeb is empty");
        exception.Message.ShouldContain("ConnectionStrings__PrimaWeb");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(value => new KeyValuePair<string, string?>(value.Key, value.Value)))
            .Build();
}
