using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.FederalServices.Access;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.Simulator.Registers;

/// <summary>
/// The simulated reference directory: sector-17 lines per CPAS. It answers ManageAccess and ReferenceManager.Consult
/// and lets the other services refuse persons the calling CPAS has not integrated (a second line of defence behind
/// the gateway's own control). Not thread-safe: used under the state's lock.
/// </summary>
public sealed class ReferenceDirectory
{
    private readonly List<Inscription> _lines = [];

    /// <summary>
    /// The last end date allowed for a capacity code: the domain's durations (B-12..B-14) for the codes PrimaWeb uses;
    /// one year for the other sector-17 codes the BCSS knows (7, 8, 9…), which PrimaWeb never sends.
    /// </summary>
    public static DateOnly LastAllowedEnd(int purpose, DateOnly start) =>
        Enum.IsDefined((CapacityCode)purpose)
            ? CapacityCodes.Describe((CapacityCode)purpose).MaximumEnd(start)
            : start.AddYears(1).AddDays(-1);

    public IReadOnlyList<Inscription> LinesOf(string cpas, Niss person) =>
        [.. _lines.Where(l => l.Institution == cpas && l.SSIN == person)];

    public IReadOnlyList<Inscription> AllLinesOf(Niss person) => [.. _lines.Where(l => l.SSIN == person)];

    public bool IsIntegrated(string cpas, Niss person, DateOnly day) =>
        _lines.Any(l => l.Institution == cpas && l.SSIN == person && l.Period.Contains(day));

    public bool HasDayInCommon(string cpas, Niss person, Period period) =>
        _lines.Any(l => l.Institution == cpas && l.SSIN == person && l.Period.Overlaps(period));

    /// <summary>Adds a line; the end defaults to the longest the code allows. Returns the line or the reason of a refusal.</summary>
    public (Inscription? Line, string? Refusal) Register(string cpas, Niss person, int purpose, Period period)
    {
        var lastEnd = LastAllowedEnd(purpose, period.StartDate);
        var end = period.EndDate ?? lastEnd;
        if (end > lastEnd)
        {
            return (null, $"The period of capacity code {purpose} may end on {lastEnd:yyyy-MM-dd} at the latest.");
        }

        var line = new Inscription(person, ManageAccessRequest.CpasSector, purpose, new Period(period.StartDate, end), cpas, "0", "1");
        _lines.Add(line);
        return (line, null);
    }

    /// <summary>Ends the CPAS's lines of that code from the period's start (the day before it); lines that start later go.</summary>
    public int Unregister(string cpas, Niss person, int purpose, DateOnly from)
    {
        var changed = 0;
        for (var i = _lines.Count - 1; i >= 0; i--)
        {
            var line = _lines[i];
            if (line.Institution != cpas || line.SSIN != person || line.Purpose != purpose || line.Period.EndDate < from)
            {
                continue;
            }

            changed++;
            if (line.Period.StartDate >= from)
            {
                _lines.RemoveAt(i);
            }
            else
            {
                _lines[i] = line with { Period = line.Period with { EndDate = from.AddDays(-1) } };
            }
        }

        return changed;
    }
}
