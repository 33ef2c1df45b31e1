using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>Task history; one operation id per task at most, so a replayed operation can never be recorded twice.</summary>
public sealed class HumanTaskHistoryEntryConfiguration : IEntityTypeConfiguration<HumanTaskHistoryEntry>
{
    public void Configure(EntityTypeBuilder<HumanTaskHistoryEntry> builder)
    {
        builder.ToTable("wf_task_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Actor).HasMaxLength(200);
        builder.Property(h => h.Assignee).HasMaxLength(200);
        builder.Property(h => h.OperationId).HasMaxLength(100);
        builder.HasIndex(h => new { h.TaskId, h.Revision }).IsUnique();
        builder.HasIndex(h => new { h.TaskId, h.OperationId }).IsUnique();
    }
}
