using System.Globalization;

namespace PrimaWeb.Workflows.Engine.EFCore;

/// <summary>
/// Recognises a unique-key violation from any of the three providers without referencing them. Two writers racing on
/// the same task or bookmark may hit a unique index (task history revision, outbox key) before the concurrency column:
/// both mean "someone else won".
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Matches(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var type = current.GetType();
            if (type.GetProperty("SqlState")?.GetValue(current) is "23505")
            {
                return true;
            }

            if (type.GetProperty("SqliteExtendedErrorCode")?.GetValue(current) is int sqlite
                && sqlite is SqliteConstraintUnique or SqliteConstraintPrimaryKey)
            {
                return true;
            }

            if (type.FullName == "Microsoft.Data.SqlClient.SqlException"
                && Convert.ToInt32(type.GetProperty("Number")?.GetValue(current), CultureInfo.InvariantCulture) is 2601 or 2627)
            {
                return true;
            }
        }

        return false;
    }
}
