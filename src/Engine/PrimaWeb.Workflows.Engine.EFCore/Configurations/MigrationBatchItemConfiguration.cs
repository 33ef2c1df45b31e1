using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Migration;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>One row per instance of a batch, taken in order while pending.</summary>
public sealed class MigrationBatchItemConfiguration : IEntityTypeConfiguration<MigrationBatchItem>
{
    public void Configure(EntityTypeBuilder<MigrationBatchItem> builder)
    {
        builder.ToTable("wf_migration_batch_items");
        builder.HasKey(i => new { i.BatchId, i.InstanceId });
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Detail).IsRequired();
        builder.HasIndex(i => new { i.BatchId, i.Status, i.Position });
        builder.HasConcurrencyVersion();
    }
}
