using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>A throw-away PostgreSQL database (see <see cref="PostgresDatabase"/>).</summary>
public sealed class NpgsqlDatabase(PostgresDatabase database) : IDatabaseProvider
{
    public string ConnectionString => database.ConnectionString;

    public static async Task<NpgsqlDatabase> CreateAsync() => new(await PostgresDatabase.CreateAsync("primaweb_engine"));

    public void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(database.ConnectionString);

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
