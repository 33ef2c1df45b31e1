using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;

namespace PrimaWeb.Workflows.Domain.Tests;

/// <summary>Valid numbers and small builders shared by the tests.</summary>
internal static class Samples
{
    public const string Tenant = "cpas-namur";

    public static Niss Main { get; } = Niss.Parse("93051822361", CultureInfo.InvariantCulture);

    public static Niss Partner { get; } = Niss.Parse("94021300145", CultureInfo.InvariantCulture);

    public static Niss Child { get; } = Niss.Parse("06070500252", CultureInfo.InvariantCulture);

    public static Niss Parent { get; } = Niss.Parse("85093001164", CultureInfo.InvariantCulture);

    public static DateOnly D(int day, int month, int year) => new(year, month, day);

    /// <summary>A register holding the given lines, written I(code, start, end) as in bcss-integrations.md.</summary>
    public static IntegrationRegister Register(Niss niss, params (int Code, DateOnly Start, DateOnly End)[] lines)
    {
        var register = new IntegrationRegister(Tenant, niss);
        foreach (var (code, start, end) in lines)
        {
            register.Register(CapacityCodes.FromNumber(code), start, end);
        }

        return register;
    }
}
