using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Conversions;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>A consultation of a federal flow; the answer (personal data) is kept as text, read only on demand.</summary>
internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.IsCaseFileRecord("Consultations");
        builder.Property(consultation => consultation.Person).HasConversion<NissConverter>().HasMaxLength(NissConverter.Length).IsFixedLength().IsUnicode(false);
        builder.Property(consultation => consultation.Service).HasMaxLength(100);
        builder.Property(consultation => consultation.Outcome).HasMaxLength(30);
        builder.Property(consultation => consultation.AnswerJson);
        builder.Property(consultation => consultation.Message).HasMaxLength(2000);
    }
}
