using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data.Tests.Model;

/// <summary>SQL Server is not available here: its create and migration scripts are generated offline and read.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void GenerateCreateScript_SqlServer_CreatesEveryTableWithSqlServerTypes()
    {
        using var db = OfflineContexts.Create(DatabaseProvider.SqlServer);

        var script = db.Database.GenerateCreateScript();

        foreach (var table in new[] { "Tenants", "Persons", "Cases", "HouseholdMembers", "IntegrationRegisters", "Integrations", "Requests", "Decisions",
            "Consultations", "ResourceStatements", "RisCalculations", "SocialReports", "SppIsForms", "NotificationLetters" })
        {
            script.ShouldContain($"CREATE TABLE [{table}] (");
        }

        script.ShouldContain("[Niss] char(11) NOT NULL");
        script.ShouldContain("[ConcurrencyVersion] uniqueidentifier NOT NULL");
        script.ShouldContain("[UpdatedAt] datetimeoffset NOT NULL");
        script.ShouldContain("[ReceivedOn] date NOT NULL");
        script.ShouldContain("[Code] int NOT NULL");
        script.ShouldContain("[Status] nvarchar(30) NOT NULL");
    }

    [Fact]
    public void GenerateCreateScript_SqlServer_MakesTheNissUniquePerTenant()
    {
        using var db = OfflineContexts.Create(DatabaseProvider.SqlServer);

        var script = db.Database.GenerateCreateScript();

        script.ShouldContain("CREATE UNIQUE INDEX [IX_Persons_TenantId_Niss] ON [Persons] ([TenantId], [Niss]);");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_IntegrationRegisters_TenantId_Niss] ON [IntegrationRegisters] ([TenantId], [Niss]);");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_Cases_TenantId_Reference] ON [Cases] ([TenantId], [Reference]);");
        script.ShouldContain("FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id])");
    }

    [Fact]
    public void GenerateScript_SqlServerMigrations_IdempotentScriptAppliesEachMigrationOnce()
    {
        using var db = OfflineContexts.Create(DatabaseProvider.SqlServer);
        var migrations = db.Database.GetMigrations().ToList();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        migrations.ShouldNotBeEmpty();
        foreach (var migration in migrations)
        {
            script.ShouldContain($"IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]\n    WHERE [MigrationId] = N'{migration}'\n)", Case.Sensitive);
        }

        script.ShouldContain("CREATE UNIQUE INDEX [IX_Persons_TenantId_Niss] ON [Persons] ([TenantId], [Niss]);");
    }

    [Fact]
    public void GenerateScript_SqlServerMigrations_MatchesTheCreateScript()
    {
        using var db = OfflineContexts.Create(DatabaseProvider.SqlServer);

        var migrated = db.GetService<IMigrator>().GenerateScript();
        var created = db.Database.GenerateCreateScript();

        // Every table and index the model creates is created by the migrations too.
        foreach (var statement in created.Split("GO").Select(part => part.Trim()).Where(part => part.StartsWith("CREATE", StringComparison.Ordinal)))
        {
            migrated.ShouldContain(statement.Split('\n')[0].Trim());
        }
    }
}
