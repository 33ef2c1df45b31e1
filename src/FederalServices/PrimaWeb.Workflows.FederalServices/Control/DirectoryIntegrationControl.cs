using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Integrations.Control;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Control;

/// <summary>
/// The control the gateway runs before each call: reads the CPAS's registers of the persons concerned and applies the
/// domain's rules (<see cref="IntegrationControl"/>); the gateway keeps no copy of them.
/// </summary>
public sealed class DirectoryIntegrationControl(IIntegrationDirectory directory) : IIntegrationControl
{
    public async Task<IntegrationVerdict> CheckAsync(string cpas, IntegrationCheck check, DateOnly today, CancellationToken cancellationToken)
    {
        if (check.Rule == IntegrationRule.None || check.Persons.Count == 0)
        {
            return IntegrationVerdict.Allowed;
        }

        var registers = new List<IntegrationRegister>();
        foreach (var person in check.Persons.Distinct())
        {
            // A person the CPAS never integrated is checked against an empty register: the rule names him as missing.
            registers.Add(await directory.GetRegisterAsync(cpas, person, cancellationToken) ?? new IntegrationRegister(cpas, person));
        }

        var byPerson = registers.ToDictionary(r => r.Niss);
        return check.Rule switch
        {
            IntegrationRule.Consultation => IntegrationControl.Consultation(registers, today, ToDomain(check.Period)),
            IntegrationRule.DisForm => IntegrationControl.DisForm(
                byPerson[check.Persons[0]], check.Persons.Count > 1 ? byPerson[check.Persons[1]] : null, check.EffectiveDate ?? today, today),
            IntegrationRule.Loi65Form => IntegrationControl.Loi65Form(registers, check.EffectiveDate ?? today, today),
            IntegrationRule.HeatingAllowance => IntegrationControl.HeatingAllowance(
                byPerson[check.Persons[0]], [.. check.Persons.Skip(1).Distinct().Where(p => p != check.Persons[0]).Select(p => byPerson[p])],
                today, ToDomain(check.Period) ?? DatePeriod.CalendarYear(today.Year)),
            _ => IntegrationVerdict.Allowed,
        };
    }

    private static DatePeriod? ToDomain(Period? period) => period is null ? null : new DatePeriod(period.StartDate, period.EndDate);
}
