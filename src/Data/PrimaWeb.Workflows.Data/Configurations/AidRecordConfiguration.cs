using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>A request type's own record about its aid: the kind and amount in columns, the details as JSON text.</summary>
internal sealed class AidRecordConfiguration : IEntityTypeConfiguration<AidRecord>
{
    public void Configure(EntityTypeBuilder<AidRecord> builder)
    {
        builder.IsCaseFileRecord("AidRecords");
        builder.Property(record => record.Kind).HasMaxLength(AidRecord.KindMaxLength);
        builder.Property(record => record.DetailsJson);
        builder.Property(record => record.MatchKey).HasMaxLength(AidRecord.MatchKeyMaxLength);
        builder.HasIndex(record => new { record.TenantId, record.Kind, record.MatchKey });
    }
}
