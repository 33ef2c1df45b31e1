using System.Text;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;

namespace PrimaWeb.Workflows.DashboardBench;

/// <summary>Asks the database how it runs a captured query: SQLite's query plan, PostgreSQL's plan with its timings.</summary>
internal static class QueryPlans
{
    public static async Task<string> ExplainAsync(PrimaWebDbContext db, string provider, CapturedCommand captured)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = (provider == "Sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS OFF) ") + captured.Text;
        foreach (var parameter in captured.Parameters)
        {
            var copy = command.CreateParameter();
            copy.ParameterName = parameter.Name;
            copy.Value = parameter.Value ?? DBNull.Value;
            copy.DbType = parameter.Type;
            command.Parameters.Add(copy);
        }

        var plan = new StringBuilder("```\n");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // SQLite: id, parent, notused, detail; PostgreSQL: one line of text.
            plan.AppendLine(provider == "Sqlite" ? reader.GetString(3) : reader.GetString(0));
        }

        return plan.Append("```").ToString();
    }
}
