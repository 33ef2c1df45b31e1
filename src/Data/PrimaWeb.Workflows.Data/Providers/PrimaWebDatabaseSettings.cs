using Microsoft.Extensions.Configuration;

namespace PrimaWeb.Workflows.Data.Providers;

/// <summary>
/// Which database the application uses, read from configuration:
/// <c>Database:Provider</c> (<c>Sqlite</c> by default, <c>PostgreSql</c> or <c>SqlServer</c>) and
/// <c>ConnectionStrings:PrimaWeb</c>. Only SQLite has a default connection: <c>App_Data/primaweb.db</c> under the
/// content root.
/// </summary>
public sealed record PrimaWebDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";

    public const string ConnectionStringName = "PrimaWeb";

    /// <summary>The SQLite file used when no connection string is configured, relative to the content root.</summary>
    public const string DefaultSqliteFile = "App_Data/primaweb.db";

    /// <summary>Reads the settings; refuses an unknown provider or a server provider without a connection string.</summary>
    public static PrimaWebDatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is '{providerText}'; expected one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"{ProviderKey} is {provider} but ConnectionStrings:{ConnectionStringName} is empty "
                    + $"(environment variable ConnectionStrings__{ConnectionStringName}).");
            }

            connectionString = $"Data Source={DefaultSqlitePath(configuration)}";
        }

        return new PrimaWebDatabaseSettings(provider, connectionString);
    }

    // The host puts its content root in configuration under "contentRoot" (HostDefaults.ContentRootKey).
    private static string DefaultSqlitePath(IConfiguration configuration)
    {
        var root = configuration["contentRoot"] is { Length: > 0 } contentRoot ? contentRoot : Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, DefaultSqliteFile));
    }
}
