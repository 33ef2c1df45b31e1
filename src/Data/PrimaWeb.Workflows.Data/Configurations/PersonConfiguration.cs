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
        builder.ComplexProperty(person => person.Address, address =>
        {
            address.Property(a => a.Street).HasColumnName("AddressStreet").HasMaxLength(150);
            address.Property(a => a.HouseNumber).HasColumnName("AddressHouseNumber").HasMaxLength(10);
            address.Property(a => a.Box).HasColumnName("AddressBox").HasMaxLength(10);
            address.Property(a => a.PostalCode).HasColumnName("AddressPostalCode").HasMaxLength(10);
            address.Property(a => a.Municipality).HasColumnName("AddressMunicipality").HasMaxLength(100);
            address.Property(a => a.CountryCode).HasColumnName("AddressCountryCode").HasMaxLength(2).IsFixedLength().IsUnicode(false);
        });
        builder.HasConcurrencyVersion();
        builder.HasChangeStamps();
    }
}
