using PrimaWeb.Workflows.Data.Providers;

namespace PrimaWeb.Workflows.Data.DesignTime;

/// <summary>
/// Connection strings for <c>dotnet ef</c>, read from <c>PRIMAWEB_DESIGN_&lt;PROVIDER&gt;</c> environment variables.
/// Adding a migration or generating a script needs no server, so a placeholder is used when the variable is unset.
/// </summary>
internal static class DesignTimeSettings
{
    public static PrimaWebDatabaseSettings For(DatabaseProvider provider, string placeholder)
    {
        var variable = $"PRIMAWEB_DESIGN_{provider.ToString().ToUpperInvariant()}";
        var connectionString = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : placeholder;
        return new PrimaWebDatabaseSettings(provider, connectionString);
    }
}
