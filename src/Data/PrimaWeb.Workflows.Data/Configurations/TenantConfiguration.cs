using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Tenants;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>A CPAS. Not itself tenant-owned: users of every CPAS read their own tenant's name through it.</summary>
internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.HasKey(tenant => tenant.Id);
        builder.Property(tenant => tenant.Id).HasMaxLength(TenantModel.TenantIdMaxLength).ValueGeneratedNever();
        builder.Property(tenant => tenant.Name).HasMaxLength(200);
        builder.Property(tenant => tenant.NisCode).HasMaxLength(5).IsUnicode(false);
        builder.Property(tenant => tenant.EnterpriseNumber).HasMaxLength(10).IsUnicode(false);
        builder.Property(tenant => tenant.DefaultLanguage).HasMaxLength(20);
        builder.ComplexProperty(tenant => tenant.Address, address => address.MapAddress());
        builder.Property(tenant => tenant.Phone).HasMaxLength(Tenant.MaxPhoneLength);
        builder.HasConcurrencyVersion();
        builder.HasChangeStamps();
    }
}
