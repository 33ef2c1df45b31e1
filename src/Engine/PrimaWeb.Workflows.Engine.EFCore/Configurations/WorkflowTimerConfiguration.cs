using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.Timers;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>Timers, keyed by their bookmark; indexed by due date for the re-arm on start-up.</summary>
public sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> builder)
    {
        builder.ToTable("wf_timers");
        builder.HasKey(t => t.BookmarkId);
        builder.Property(t => t.BookmarkId).ValueGeneratedNever();
        builder.HasIndex(t => t.DueAt);
        builder.HasIndex(t => t.InstanceId);
    }
}
