using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.EFCore.Journal;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>The journal, append-only, one row per commit and instance, read per instance in position order.</summary>
public sealed class JournalBatchConfiguration : IEntityTypeConfiguration<JournalBatch>
{
    public void Configure(EntityTypeBuilder<JournalBatch> builder)
    {
        builder.ToTable("wf_journal");
        builder.HasKey(j => j.Position);
        builder.Property(j => j.Position).ValueGeneratedOnAdd();
        builder.Property(j => j.LinesJson).IsRequired();
        builder.HasIndex(j => new { j.InstanceId, j.Position });
    }
}
