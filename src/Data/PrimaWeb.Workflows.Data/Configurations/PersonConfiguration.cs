using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Conversions;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>A person known to a CPAS; one person per NISS in each CPAS.</summary>
internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("Persons");
        builder.HasKey(person => person.Id);
        builder.Property(person => person.Id).ValueGeneratedNever();
        builder.IsTenantOwned();
        builder.Property(person => person.Niss).HasConversion<NissConverter>().HasMaxLength(NissConverter.Length).IsFixedLength().IsUnicode(false);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Person.Niss)).IsUnique();
        builder.Property(person => person.LastName).HasMaxLength(100);
        builder.Property(person => person.FirstName).HasMaxLength(100);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Person.LastName), nameof(Person.FirstName));
        builder.Property(person => person.Gender).HasMaxLength(20);
        builder.Property(person => person.Nationality).HasMaxLength(2).IsFixedLength().IsUnicode(false);
        builder.Property(person => person.Language).HasMaxLength(20);
        builder.Ignore(person => person.FullName);
        builder.ComplexProperty(person => person.Address, address => address.MapAddress());
        builder.HasConcurrencyVersion();
        builder.HasChangeStamps();
    }
}
