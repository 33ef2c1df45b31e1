using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Conversions;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>
/// The BCSS integrations of one person by one CPAS (one register per NISS and CPAS) and, as its parts, the lines.
/// Capacity codes are stored as their official number (1, 2 … 40), the value the BCSS and the SPP-IS use.
/// </summary>
internal sealed class IntegrationRegisterConfiguration : IEntityTypeConfiguration<IntegrationRegister>
{
    public void Configure(EntityTypeBuilder<IntegrationRegister> builder)
    {
        builder.ToTable("IntegrationRegisters");
        builder.HasKey(register => register.Id);
        builder.Property(register => register.Id).ValueGeneratedNever();
        builder.IsTenantOwned();
        builder.Property(register => register.Niss).HasConversion<NissConverter>().HasMaxLength(NissConverter.Length).IsFixedLength().IsUnicode(false);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(IntegrationRegister.Niss)).IsUnique();

        builder.OwnsMany(register => register.Integrations, line =>
        {
            line.ToTable("Integrations");
            line.WithOwner().HasForeignKey("IntegrationRegisterId");
            line.HasKey(i => i.Id);
            line.Property(i => i.Id).ValueGeneratedNever();
            line.Property(i => i.Code).HasConversion<int>();
            line.Ignore(i => i.Period);
            line.Ignore(i => i.CodeInfo);

            // The expiry timers and the manager's dashboard look lines up by their end.
            line.HasIndex(i => i.End);
        });
        builder.Navigation(register => register.Integrations).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasConcurrencyVersion();
        builder.HasChangeStamps();
    }
}
