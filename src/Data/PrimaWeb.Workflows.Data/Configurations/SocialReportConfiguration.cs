using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>A social report and its proposal; the proposed terms are columns of the report (null for a refusal).</summary>
internal sealed class SocialReportConfiguration : IEntityTypeConfiguration<SocialReport>
{
    public void Configure(EntityTypeBuilder<SocialReport> builder)
    {
        builder.IsCaseFileRecord("SocialReports");
        builder.Property(report => report.Proposal).HasMaxLength(20);
        builder.Property(report => report.Motivation).HasMaxLength(4000);
        builder.Ignore(report => report.ProposedCategory);
        builder.ComplexProperty(report => report.Terms, terms => terms.MapDecisionTerms());
    }
}
