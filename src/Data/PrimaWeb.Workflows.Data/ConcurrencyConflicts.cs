using Microsoft.EntityFrameworkCore;

namespace PrimaWeb.Workflows.Data;

/// <summary>Turns EF Core's concurrency failure into a <see cref="ConcurrencyConflictException"/> that names the aggregate.</summary>
internal static class ConcurrencyConflicts
{
    public static ConcurrencyConflictException Describe(DbUpdateConcurrencyException exception)
    {
        if (exception.Entries.Count == 0)
        {
            return new ConcurrencyConflictException("(unknown)", "(unknown)", exception);
        }

        var entry = exception.Entries[0];

        var key = entry.Metadata.FindPrimaryKey();
        var id = key is null
            ? "(no key)"
            : string.Join("/", key.Properties.Select(property => entry.Property(property.Name).OriginalValue?.ToString() ?? "null"));
        return new ConcurrencyConflictException(entry.Metadata.ClrType.Name, id, exception);
    }
}
