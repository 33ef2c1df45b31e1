using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// The content of every table of a SQLite database, as one hash per table: two snapshots equal means nothing was
/// written, not a row added, changed or removed. The audit is left out (a refused request may still have consulted a
/// register, which must stay audited), and so are the migration bookkeeping tables.
/// </summary>
public sealed class DatabaseSnapshot
{
    private readonly Dictionary<string, string> _tables;

    private DatabaseSnapshot(Dictionary<string, string> tables) => _tables = tables;

    public static async Task<DatabaseSnapshot> TakeAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' AND name <> 'AuditEntries' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{name}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            var content = new StringBuilder();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    content.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                }

                content.Append('\u001e');
            }

            tables[name] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>The tables whose content differs from <paramref name="before"/>'s.</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseSnapshot before) =>
        [.. _tables.Keys.Union(before._tables.Keys).Where(name => _tables.GetValueOrDefault(name) != before._tables.GetValueOrDefault(name)).Order()];
}
