using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>A SQLite file in the temp folder (a file, not memory, so that several connections see one database).</summary>
public sealed class SqliteDatabase : IDatabaseProvider
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"primaweb-engine-{Guid.NewGuid():N}.db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false, DefaultTimeout = 30 }.ToString();

    public void Configure(DbContextOptionsBuilder options) => options.UseSqlite(ConnectionString);

    public ValueTask DisposeAsync()
    {
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}
