namespace PrimaWeb.Workflows.Data.Providers;

/// <summary>The database engines the application runs on; chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a file under the application's data folder, no server needed.</summary>
    Sqlite,

    PostgreSql,

    SqlServer,
}
