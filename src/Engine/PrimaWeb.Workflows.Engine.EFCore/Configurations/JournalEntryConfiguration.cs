using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.Journal;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>The journal, append-only, read per instance in order.</summary>
public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("wf_journal");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(j => j.ActivityId).HasMaxLength(200);
        builder.Property(j => j.ActivityType).HasMaxLength(200);
        builder.Property(j => j.Outcome).HasMaxLength(200);
        builder.Property(j => j.Actor).HasMaxLength(200);
        builder.HasIndex(j => new { j.InstanceId, j.At, j.Sequence });
    }
}
