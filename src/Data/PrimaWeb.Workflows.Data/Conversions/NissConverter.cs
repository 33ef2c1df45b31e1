using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.Data.Conversions;

/// <summary>
/// Stores a <see cref="Niss"/> as its canonical eleven digits. Reading parses (and so re-validates) the digits:
/// a corrupted value fails loudly instead of travelling on as a plausible number.
/// </summary>
public sealed class NissConverter() : ValueConverter<Niss, string>(
    niss => niss.Value,
    digits => Niss.Parse(digits, CultureInfo.InvariantCulture))
{
    public const int Length = 11;
}
