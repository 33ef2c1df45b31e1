using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.Integrations.Control;

/// <summary>
/// The seed's "Contrôle des intégrations" as pure functions (bcss-integrations.md §3, cases B-1..B-11). Interpretation
/// of the domain notes: "integrated" on a day = an integration line of the CPAS, any capacity code, whose period
/// contains the day; a period "in common" = a line whose period overlaps it.
/// </summary>
public static class IntegrationControlRules
{
    /// <summary>Code 1 ("en enquête") is the minimum any call needs.</summary>
    public const int MinimumCapacityCode = 1;

    /// <summary>Code 40 is the one the heating allowance integrates with.</summary>
    public const int HeatingCapacityCode = 40;

    public static IntegrationVerdict Evaluate(
        IntegrationRequirement requirement,
        DateOnly today,
        IReadOnlyDictionary<Niss, IReadOnlyList<BcssIntegration>> integrations)
    {
        if (requirement.Rule == IntegrationRule.None)
        {
            return IntegrationVerdict.Allowed;
        }

        var gaps = new List<IntegrationGap>();
        foreach (var person in requirement.Persons.Distinct())
        {
            var lines = integrations.TryGetValue(person, out var found) ? found : [];
            gaps.AddRange(GapsOf(requirement, person, today, lines));
        }

        return gaps.Count == 0 ? IntegrationVerdict.Allowed : new IntegrationVerdict(gaps);
    }

    private static IEnumerable<IntegrationGap> GapsOf(
        IntegrationRequirement requirement, Niss person, DateOnly today, IReadOnlyList<BcssIntegration> lines)
    {
        var code = requirement.Rule == IntegrationRule.HeatingAllowance ? HeatingCapacityCode : MinimumCapacityCode;
        var what = requirement.Rule switch
        {
            IntegrationRule.Consultation => "consultation day",
            IntegrationRule.DisForm or IntegrationRule.Loi65Form or IntegrationRule.HeatingAllowance => "sending day",
            _ => "day",
        };

        if (!lines.Any(l => l.Period.Contains(today)))
        {
            yield return new IntegrationGap(person, today, null, code,
                $"{person.Formatted} is not integrated on the {what} {today:dd/MM/yyyy} (code {code} at least).");
        }

        if (requirement.Rule is IntegrationRule.DisForm or IntegrationRule.Loi65Form
            && requirement.EffectiveDate is { } effective
            && effective != today
            && !lines.Any(l => l.Period.Contains(effective)))
        {
            yield return new IntegrationGap(person, effective, null, code,
                $"{person.Formatted} is not integrated on the effective date {effective:dd/MM/yyyy} (code {code} at least).");
        }

        if (requirement.Rule is IntegrationRule.Consultation or IntegrationRule.HeatingAllowance
            && requirement.Period is { } period
            && !lines.Any(l => l.Period.Overlaps(period)))
        {
            yield return new IntegrationGap(person, null, period, code,
                $"{person.Formatted} has no integration with a day in common with the period {period} (code {code} at least).");
        }
    }
}
