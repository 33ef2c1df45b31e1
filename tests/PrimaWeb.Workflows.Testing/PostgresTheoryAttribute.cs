namespace PrimaWeb.Workflows.Testing;

/// <summary>A theory that needs a real PostgreSQL server; skipped like <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null && !TestEnvironment.PostgresRequired)
        {
            Skip = $"PostgreSQL not configured: set {TestEnvironment.PostgresVariable} to a connection string (see README).";
        }
    }
}
