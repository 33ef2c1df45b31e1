using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>
/// Makes valid, unique National Register and BIS numbers (niss.md): birth date, sequence odd for men and even for
/// women, BIS month + 40 (sex known) or + 20 (unknown), check digits under the century's rule.
/// </summary>
internal sealed class NissFactory
{
    private readonly HashSet<string> _used = [];

    public void Reserve(Niss niss) => _used.Add(niss.Value);

    public Niss Next(IncompleteDate birth, Gender gender, bool bis, int firstSequence)
    {
        var monthOffset = bis ? (gender == Gender.Unknown ? 20 : 40) : 0;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{birth.Year % 100:00}{birth.Month + monthOffset:00}{birth.Day:00}");
        var sequence = Math.Clamp(firstSequence, 1, 997);
        if (gender == Gender.Male && sequence % 2 == 0)
        {
            sequence++;
        }
        else if (gender == Gender.Female && sequence % 2 == 1)
        {
            sequence++;
        }

        var step = gender == Gender.Unknown ? 1 : 2;
        for (var tries = 0; tries < 1000; tries++)
        {
            var nine = long.Parse(string.Create(CultureInfo.InvariantCulture, $"{prefix}{sequence:000}"), CultureInfo.InvariantCulture);
            var check = Niss.CheckDigits(nine, birth.Year >= 2000 ? 2000 : 1900);
            var text = string.Create(CultureInfo.InvariantCulture, $"{nine:000000000}{check:00}");
            if (_used.Add(text))
            {
                return Niss.Parse(text, CultureInfo.InvariantCulture);
            }

            sequence += step;
            if (sequence > 998)
            {
                sequence = gender == Gender.Female ? 2 : 1;
            }
        }

        throw new InvalidOperationException($"No free sequence number left for birth date {birth}.");
    }
}
