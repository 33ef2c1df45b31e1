using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.EFCore.Configurations;

/// <summary>
/// Bookmarks carry a concurrency column: two nodes resuming the same bookmark both delete it, and the second delete
/// matches no row, so only one burst commits.
/// </summary>
public sealed class BookmarkConfiguration : IEntityTypeConfiguration<Bookmark>
{
    public void Configure(EntityTypeBuilder<Bookmark> builder)
    {
        builder.ToTable("wf_bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.ActivityId).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.SignalName).HasMaxLength(200);
        builder.Property(b => b.CorrelationKey).HasMaxLength(200);
        builder.HasIndex(b => b.InstanceId);
        builder.HasIndex(b => new { b.SignalName, b.CorrelationKey });
        builder.HasConcurrencyVersion();
    }
}
