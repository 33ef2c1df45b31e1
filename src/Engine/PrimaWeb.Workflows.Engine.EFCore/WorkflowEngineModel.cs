using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PrimaWeb.Workflows.Engine.EFCore.Configurations;
using PrimaWeb.Workflows.Engine.EFCore.Journal;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Timers;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.EFCore;

/// <summary>Adds the engine's tables to an application's model, so one SaveChanges commits a burst with the domain changes.</summary>
public static class WorkflowEngineModel
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    private static readonly Type[] EngineTypes =
    [
        typeof(WorkflowInstance), typeof(Bookmark), typeof(WorkflowTimer), typeof(HumanTask), typeof(HumanTaskHistoryEntry),
        typeof(JournalBatch), typeof(Incident), typeof(OutboxMessage), typeof(StoredDefinition), typeof(DefinitionEvent),
        typeof(MigrationBatch), typeof(MigrationBatchItem),
    ];

    /// <summary>
    /// Applies the engine's entity configurations. Call it from <c>OnModelCreating</c> with the context itself: on SQLite,
    /// which cannot compare or sort <see cref="DateTimeOffset"/>, the engine's instants are stored as UTC ticks.
    /// </summary>
    public static ModelBuilder ApplyWorkflowEngineModel(this ModelBuilder modelBuilder, DbContext context) =>
        modelBuilder.ApplyWorkflowEngineModel(instantsAsTicks: string.Equals(context.Database.ProviderName, SqliteProvider, StringComparison.Ordinal));

    /// <summary>Applies the engine's entity configurations; <paramref name="instantsAsTicks"/> stores instants as UTC ticks.</summary>
    public static ModelBuilder ApplyWorkflowEngineModel(this ModelBuilder modelBuilder, bool instantsAsTicks)
    {
        modelBuilder.ApplyConfiguration(new WorkflowInstanceConfiguration());
        modelBuilder.ApplyConfiguration(new BookmarkConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowTimerConfiguration());
        modelBuilder.ApplyConfiguration(new HumanTaskConfiguration());
        modelBuilder.ApplyConfiguration(new HumanTaskHistoryEntryConfiguration());
        modelBuilder.ApplyConfiguration(new JournalBatchConfiguration());
        modelBuilder.ApplyConfiguration(new IncidentConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new StoredDefinitionConfiguration());
        modelBuilder.ApplyConfiguration(new DefinitionEventConfiguration());
        modelBuilder.ApplyConfiguration(new MigrationBatchConfiguration());
        modelBuilder.ApplyConfiguration(new MigrationBatchItemConfiguration());

        if (instantsAsTicks)
        {
            var instant = new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
            var optionalInstant = new ValueConverter<DateTimeOffset?, long?>(
                v => v.HasValue ? v.Value.UtcTicks : null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
            foreach (var type in EngineTypes)
            {
                foreach (var property in modelBuilder.Entity(type).Metadata.GetProperties())
                {
                    if (property.ClrType == typeof(DateTimeOffset))
                    {
                        property.SetValueConverter(instant);
                    }
                    else if (property.ClrType == typeof(DateTimeOffset?))
                    {
                        property.SetValueConverter(optionalInstant);
                    }
                }
            }
        }

        return modelBuilder;
    }
}
