using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>A RIS calculation: the figures in columns, the breakdown as JSON text for display.</summary>
internal sealed class RisCalculationRecordConfiguration : IEntityTypeConfiguration<RisCalculationRecord>
{
    public void Configure(EntityTypeBuilder<RisCalculationRecord> builder)
    {
        builder.IsCaseFileRecord("RisCalculations");
        builder.Property(calculation => calculation.Category).HasMaxLength(30);
        builder.Property(calculation => calculation.BreakdownJson);
    }
}
