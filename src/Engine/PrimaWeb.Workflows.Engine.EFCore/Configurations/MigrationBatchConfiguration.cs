using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Migration;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>Migration batches, found by status to resume the unfinished ones on start-up.</summary>
public sealed class MigrationBatchConfiguration : IEntityTypeConfiguration<MigrationBatch>
{
    public void Configure(EntityTypeBuilder<MigrationBatch> builder)
    {
        builder.ToTable("wf_migration_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.DefinitionId).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Mapping).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.CreatedBy).HasMaxLength(200);
        builder.HasIndex(b => b.Status);
        builder.HasConcurrencyVersion();
    }
}
