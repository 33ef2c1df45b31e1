namespace PrimaWeb.Workflows.Testing;

/// <summary>What the machine running the tests offers, read from environment variables that <c>.ci/run</c> exports.</summary>
public static class TestEnvironment
{
    /// <summary>Connection string of a PostgreSQL server whose role may create databases.</summary>
    public const string PostgresVariable = "PRIMAWEB_TEST_POSTGRES";

    /// <summary>When "true", a missing PostgreSQL server fails the tests instead of skipping them (CI sets it).</summary>
    public const string RequirePostgresVariable = "PRIMAWEB_TEST_REQUIRE_POSTGRES";

    /// <summary>Path of a Chromium binary for browser tests.</summary>
    public const string ChromiumVariable = "PRIMAWEB_TEST_CHROMIUM";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool PostgresRequired => string.Equals(Environment.GetEnvironmentVariable(RequirePostgresVariable), "true", StringComparison.OrdinalIgnoreCase);

    public static string? ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } value ? value : null;
}
