using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Tenants;

namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>
/// The integrations of one person (NISS) by one CPAS, as the BCSS reference directory holds them.
/// Overlap rule: lines of different codes may coexist (e.g. 1 and 5); lines of the same code never overlap —
/// registering a code over an existing line of that code is an extension of that line (or nothing, if already
/// covered); registering it after a line has ended (even the next day) adds a new line.
/// Each registration or extension may cover at most the code's maximum duration counted from its own first day.
/// </summary>
public sealed class IntegrationRegister
{
    private readonly List<Integration> _integrations = [];

    public IntegrationRegister(string tenantId, Niss niss)
    {
        Id = Guid.CreateVersion7();
        TenantId = TenantCode.Validate(tenantId);
        Niss = niss == default ? throw new DomainValidationException(nameof(Niss), RuleCodes.Required, "The NISS is required.") : niss;
    }

    // For EF Core.
    private IntegrationRegister()
    {
        TenantId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; }

    public Niss Niss { get; private set; }

    /// <summary>Every line, including ended and cancelled ones, in registration order.</summary>
    public IReadOnlyList<Integration> Integrations => _integrations;

    /// <summary>True when at least one line covers at least one day (cancelled lines do not count).</summary>
    public bool HasAnyIntegration => _integrations.Any(i => !i.IsCancelled);

    /// <summary>
    /// Registers the person under <paramref name="code"/> from <paramref name="start"/> to <paramref name="end"/>
    /// (the code's maximum when omitted). Overlapping a line of the same code extends it.
    /// </summary>
    /// <exception cref="DomainValidationException">The period is reversed or longer than the code allows, or it
    /// starts before the line it overlaps.</exception>
    public IntegrationRegistration Register(CapacityCode code, DateOnly start, DateOnly? end = null)
    {
        var info = CapacityCodes.Describe(code);
        var last = end ?? info.MaximumEnd(start);
        _ = new DatePeriod(start, last);
        EnsureWithinMaximum(info, start, last, "An integration");

        var overlapping = _integrations
            .Where(i => i.Code == code && !i.IsCancelled && i.Start <= last && start <= i.End)
            .ToList();
        if (overlapping.Count > 1)
        {
            throw new DomainValidationException(
                "Start",
                RuleCodes.IntegrationsOverlap,
                $"The period {new DatePeriod(start, last)} overlaps several integrations {info} of {Niss.Formatted}; extend one of them instead.",
                new DatePeriod(start, last).ToString(),
                info.Number,
                Niss.Formatted);
        }

        if (overlapping.Count == 0)
        {
            var added = new Integration(code, start, last);
            _integrations.Add(added);
            return new IntegrationRegistration(IntegrationChange.Registered, added);
        }

        var existing = overlapping[0];
        if (start < existing.Start)
        {
            throw new DomainValidationException(
                "Start",
                RuleCodes.IntegrationExtendedBackwards,
                $"The period {new DatePeriod(start, last)} starts before the integration {info} of {Niss.Formatted} ({existing.Period}) that it overlaps; an integration is only extended forward.",
                new DatePeriod(start, last).ToString(),
                info.Number,
                Niss.Formatted,
                existing.Period.ToString());
        }

        if (last <= existing.End)
        {
            return new IntegrationRegistration(IntegrationChange.AlreadyCovered, existing);
        }

        existing.ExtendTo(last);
        return new IntegrationRegistration(IntegrationChange.Extended, existing);
    }

    /// <summary>
    /// Extends a running line to <paramref name="newEnd"/>. The extension counts as a new registration from
    /// <paramref name="today"/> (or the line's start if later), so it may reach the code's maximum from that day.
    /// </summary>
    public Integration Extend(Guid integrationId, DateOnly newEnd, DateOnly today)
    {
        var integration = Find(integrationId);
        var status = integration.StatusOn(today);
        if (status is not (IntegrationStatus.Active or IntegrationStatus.Planned))
        {
            throw new DomainValidationException(
                "IntegrationId",
                RuleCodes.IntegrationNotExtendable,
                $"The integration {integration} of {Niss.Formatted} is {status.ToString().ToLowerInvariant()} on {LegalDate.Format(today)}; register a new one instead.",
                integration.ToString(),
                Niss.Formatted,
                status,
                today);
        }

        if (newEnd <= integration.End)
        {
            throw new DomainValidationException(
                "End",
                RuleCodes.IntegrationNotExtended,
                $"The new end {LegalDate.Format(newEnd)} does not extend the integration {integration} of {Niss.Formatted}.",
                newEnd,
                integration.ToString(),
                Niss.Formatted);
        }

        var segmentStart = integration.Start > today ? integration.Start : today;
        EnsureWithinMaximum(integration.CodeInfo, segmentStart, newEnd, "An extension");
        integration.ExtendTo(newEnd);
        return integration;
    }

    /// <summary>
    /// Disintegrates a line: <paramref name="lastDay"/> becomes its last covered day. A day before its start cancels it.
    /// </summary>
    public Integration Disintegrate(Guid integrationId, DateOnly lastDay)
    {
        var integration = Find(integrationId);
        if (integration.IsCancelled)
        {
            throw new DomainValidationException(
                "IntegrationId", RuleCodes.IntegrationCancelled, $"The integration {integration} of {Niss.Formatted} is already cancelled.", integration.ToString(), Niss.Formatted);
        }

        if (lastDay >= integration.End)
        {
            throw new DomainValidationException(
                "LastDay",
                RuleCodes.DisintegrationTooLate,
                $"The integration {integration} of {Niss.Formatted} already ends on {LegalDate.Format(integration.End)}; a disintegration on {LegalDate.Format(lastDay)} would not shorten it.",
                integration.ToString(),
                Niss.Formatted,
                integration.End,
                lastDay);
        }

        integration.Disintegrate(lastDay);
        return integration;
    }

    /// <summary>Ends every line still covering a day after <paramref name="lastDay"/> (e.g. on death or on closing the file).</summary>
    public IReadOnlyList<Integration> DisintegrateAll(DateOnly lastDay)
    {
        var running = _integrations.Where(i => !i.IsCancelled && i.End > lastDay).ToList();
        running.ForEach(i => i.Disintegrate(lastDay));
        return running;
    }

    /// <summary>True when the person is integrated (any code) on <paramref name="day"/>.</summary>
    public bool IsIntegratedOn(DateOnly day) => _integrations.Any(i => i.Covers(day));

    /// <summary>True when the person is integrated on <paramref name="day"/> under one of <paramref name="codes"/>.</summary>
    public bool IsIntegratedOn(DateOnly day, IEnumerable<CapacityCode> codes)
    {
        var accepted = codes.ToHashSet();
        return _integrations.Any(i => accepted.Contains(i.Code) && i.Covers(day));
    }

    /// <summary>True when the person is integrated on at least one day of <paramref name="period"/>.</summary>
    public bool IsIntegratedDuring(DatePeriod period) => _integrations.Any(i => i.CoversAnyDayOf(period));

    /// <summary>The lines covering <paramref name="day"/>.</summary>
    public IReadOnlyList<Integration> IntegrationsOn(DateOnly day) => _integrations.Where(i => i.Covers(day)).ToList();

    private Integration Find(Guid integrationId) =>
        _integrations.SingleOrDefault(i => i.Id == integrationId)
        ?? throw new DomainValidationException(
            "IntegrationId", RuleCodes.UnknownIntegration, $"{Niss.Formatted} has no integration {integrationId} in this register.", Niss.Formatted, integrationId);

    private void EnsureWithinMaximum(CapacityCodeInfo info, DateOnly start, DateOnly end, string what)
    {
        var maximum = info.MaximumEnd(start);
        if (end > maximum)
        {
            throw new DomainValidationException(
                "End",
                RuleCodes.IntegrationTooLong,
                $"{what} {info} of {Niss.Formatted} lasts at most {info.MaximumDurationText}: starting {LegalDate.Format(start)} it may end on {LegalDate.Format(maximum)} at the latest, not {LegalDate.Format(end)}.",
                info.Number,
                Niss.Formatted,
                info.MaximumDurationText,
                start,
                maximum,
                end);
        }
    }
}
