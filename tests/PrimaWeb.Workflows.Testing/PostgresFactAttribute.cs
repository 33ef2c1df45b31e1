namespace PrimaWeb.Workflows.Testing;

/// <summary>
/// A fact that needs a real PostgreSQL server. Skipped with a reason when none is configured, unless
/// <see cref="TestEnvironment.PostgresRequired"/> is set, in which case it runs and fails loudly.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null && !TestEnvironment.PostgresRequired)
        {
            Skip = $"PostgreSQL not configured: set {TestEnvironment.PostgresVariable} to a connection string (see README).";
        }
    }
}
