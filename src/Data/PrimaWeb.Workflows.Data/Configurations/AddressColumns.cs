using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Data.Configurations;

/// <summary>The columns of a postal <see cref="Address"/>, named alike wherever one is kept (a person, a CPAS).</summary>
internal static class AddressColumns
{
    public static void MapAddress(this ComplexPropertyBuilder<Address> address)
    {
        address.Property(a => a.Street).HasColumnName("AddressStreet").HasMaxLength(150);
        address.Property(a => a.HouseNumber).HasColumnName("AddressHouseNumber").HasMaxLength(10);
        address.Property(a => a.Box).HasColumnName("AddressBox").HasMaxLength(10);
        address.Property(a => a.PostalCode).HasColumnName("AddressPostalCode").HasMaxLength(10);
        address.Property(a => a.Municipality).HasColumnName("AddressMunicipality").HasMaxLength(100);
        address.Property(a => a.CountryCode).HasColumnName("AddressCountryCode").HasMaxLength(2).IsFixedLength().IsUnicode(false);
    }
}
