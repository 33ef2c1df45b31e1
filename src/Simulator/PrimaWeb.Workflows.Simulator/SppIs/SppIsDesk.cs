using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.Simulator.Registers;

namespace PrimaWeb.Workflows.Simulator.SppIs;

/// <summary>
/// The simulated SPP-IS: receives forms, decides at receipt whether they are consistent with what it already holds
/// (integration, earlier grants, Loi 65 file) and makes the answer visible after the configured delay. Used under the
/// state's lock.
/// </summary>
public sealed partial class SppIsDesk(ReferenceDirectory register, TimeSpan answerDelay)
{
    private static readonly string[] RecoveryTypes = ["01", "02", "03", "04", "05", "06", "07", "08"];
    private readonly List<FormRecord> _forms = [];
    private int _sequence;

    public IReadOnlyList<FormRecord> Forms => _forms;

    public IReadOnlyList<AttestationAnswer> List(string cpas, ListOfAttestationRequest request, DateTimeOffset now) =>
    [
        .. _forms
            .Where(f => f.Cpas == cpas)
            .Where(f => request.SSIN is null || f.SSIN == request.SSIN)
            .Where(f => request.FormId is null || f.FormId == request.FormId)
            .Where(f => request.From is null || LegalClock.DayOf(f.ReceivedAt) >= request.From)
            .Where(f => request.To is null || LegalClock.DayOf(f.ReceivedAt) <= request.To)
            .Select(f => f.ToAnswer(now)),
    ];

    public FormReceipt ReceiveRegistreAttest(string cpas, RegistreAttestRequest form, DateOnly today, DateTimeOffset now)
    {
        var reasons = new List<AnswerReason>();
        RequireIntegration(reasons, cpas, today, form.EffectiveDate, form.SSIN, form.PartnerSSIN);
        var period = new Period(form.EffectiveDate, form.EndDate);
        if (form.EndDate < form.EffectiveDate)
        {
            reasons.Add(new(RefusalCodes.InvalidPeriod, "The end date is before the effective date."));
        }

        if (form.Decision != DisDecision.REFUSAL)
        {
            if (form.Category is < 1 or > 3)
            {
                reasons.Add(new(RefusalCodes.InvalidCategory, $"Category {form.Category} does not exist (1, 2 or 3)."));
            }

            if (form.MonthlyAmount is not > 0)
            {
                reasons.Add(new(RefusalCodes.InvalidAmount, "A grant needs a positive monthly amount."));
            }

            var grants = AcceptedGrants(form.SSIN).ToList();
            if (form.Decision == DisDecision.REVISION)
            {
                if (!grants.Any(g => g.Cpas == cpas && g.Period!.Contains(form.EffectiveDate)))
                {
                    reasons.Add(new(RefusalCodes.NoGrant, "No grant of this CPAS covers the effective date of the revision."));
                }
            }
            else if (grants.FirstOrDefault(g => g.Period!.Overlaps(period)) is { } earlier)
            {
                reasons.Add(new(RefusalCodes.OverlappingGrant,
                    $"The period {period} overlaps the grant {earlier.FormId} ({earlier.Period}) already accepted."));
            }
        }

        var record = Record(cpas, ServiceCatalog.RegistreAttest, form.Decision == DisDecision.REFUSAL ? "C" : "B", form.SSIN, form.FileNumber, now, reasons, period);
        if (record.IsAccepted && form.Decision == DisDecision.REVISION)
        {
            // A revision replaces the grant from its effective date.
            foreach (var grant in AcceptedGrants(form.SSIN).Where(g => g != record && g.Cpas == cpas && g.Period!.Contains(form.EffectiveDate)))
            {
                grant.Period = grant.Period! with { EndDate = form.EffectiveDate.AddDays(-1) };
            }
        }

        return Receipt(record);
    }

    public FormReceipt ReceiveStopAttest(string cpas, StopAttestRequest form, DateOnly today, DateTimeOffset now)
    {
        var reasons = new List<AnswerReason>();
        RequireIntegration(reasons, cpas, today, form.EffectiveDate, form.SSIN, form.PartnerSSIN);
        var grant = AcceptedGrants(form.SSIN).FirstOrDefault(g => g.Cpas == cpas && g.Period!.Contains(form.EffectiveDate));
        if (grant is null)
        {
            reasons.Add(new(RefusalCodes.NoGrant, $"No grant of this CPAS covers {form.EffectiveDate:yyyy-MM-dd}."));
        }

        var record = Record(cpas, ServiceCatalog.StopAttest, form.Kind.ToString(), form.SSIN, form.FileNumber, now, reasons, new Period(form.EffectiveDate, form.EndDate));
        if (record.IsAccepted && form.Kind == StopKind.WITHDRAWAL && grant is not null)
        {
            grant.Period = grant.Period! with { EndDate = form.EffectiveDate.AddDays(-1) };
        }

        return Receipt(record);
    }

    public FormReceipt ReceiveRecoveredAmount(string cpas, RegisterRecoveredAmountRequest form, DateOnly today, DateTimeOffset now)
    {
        var reasons = new List<AnswerReason>();
        RequireIntegration(reasons, cpas, today, form.RecoveryDate, form.SSIN, null);
        if (!RecoveryTypes.Contains(form.RecoveryType))
        {
            reasons.Add(new(RefusalCodes.InvalidRecoveryType, $"Recovery type '{form.RecoveryType}' is unknown."));
        }

        if (form.Amount <= 0)
        {
            reasons.Add(new(RefusalCodes.InvalidAmount, "The recovered amount must be positive."));
        }

        if (!AcceptedGrants(form.SSIN).Any(g => g.Cpas == cpas && g.Period!.Overlaps(form.PeriodOfRecovering)))
        {
            reasons.Add(new(RefusalCodes.NoGrant, "No grant of this CPAS covers the period of recovering."));
        }

        return Receipt(Record(cpas, ServiceCatalog.RegisterRecoveredAmount, "RECOVERY", form.SSIN, form.FileNumber, now, reasons, form.PeriodOfRecovering));
    }

    public FormReceipt ReceiveOrganicLaw(string cpas, OrganicLawRequest form, DateOnly today, DateTimeOffset now)
    {
        var reasons = new List<AnswerReason>();
        RequireIntegration(reasons, cpas, today, form.EffectiveDate, form.SSIN, form.PartnerSSIN);
        if (form.Amount <= 0)
        {
            reasons.Add(new(RefusalCodes.InvalidAmount, "The premium must be positive."));
        }

        if (_forms.Any(f => f.Service == ServiceCatalog.OrganicLaw.Name && f.SSIN == form.SSIN && f.IsAccepted))
        {
            reasons.Add(new(RefusalCodes.PremiumAlreadyGranted, "An installation premium was already granted to this person."));
        }

        return Receipt(Record(cpas, ServiceCatalog.OrganicLaw, "INSTALLATION_PREMIUM", form.SSIN, form.FileNumber, now, reasons,
            new Period(form.EffectiveDate, form.EffectiveDate)));
    }

    public FormReceipt ReceiveA036(string cpas, A036Request form, DateOnly today, DateTimeOffset now)
    {
        var reasons = new List<AnswerReason>();
        RequireIntegration(reasons, cpas, today, form.Period.StartDate, form.SSIN, null);
        var attestations = _forms.Where(f => f.Service == ServiceCatalog.A036.Name && f.SSIN == form.SSIN && f.IsAccepted && f.Period is not null).ToList();
        FormRecord? target = null;
        if (form.Action == A036Action.CREATE)
        {
            if (attestations.FirstOrDefault(a => a.Detail == form.AidType.ToString() && a.Period!.Overlaps(form.Period)) is { } overlapping)
            {
                reasons.Add(new(RefusalCodes.OverlappingAttestation, $"Attestation {overlapping.FormId} already covers {overlapping.Period}."));
            }
        }
        else
        {
            target = attestations.FirstOrDefault(a => a.FormId == form.AttestationId && a.Cpas == cpas);
            if (target is null)
            {
                reasons.Add(new(RefusalCodes.UnknownAttestation, $"No attestation '{form.AttestationId}' of this CPAS for this person."));
            }
        }

        var record = Record(cpas, ServiceCatalog.A036, form.Action.ToString(), form.SSIN, form.AttestationId ?? string.Empty, now, reasons,
            form.Action == A036Action.CREATE ? form.Period : null, form.AidType.ToString());
        if (record.IsAccepted && target is not null)
        {
            target.Period = form.Action == A036Action.CANCEL ? null : form.Period;
        }

        return Receipt(record);
    }

    private void RequireIntegration(List<AnswerReason> reasons, string cpas, DateOnly today, DateOnly effective, Niss main, Niss? partner)
    {
        foreach (var person in partner is { } p ? new[] { main, p } : [main])
        {
            foreach (var day in new[] { effective, today }.Distinct())
            {
                if (!register.IsIntegrated(cpas, person, day))
                {
                    reasons.Add(new(RefusalCodes.NotIntegrated,
                        $"{person} is not integrated by this CPAS on {day:yyyy-MM-dd} (-300020)."));
                }
            }
        }
    }

    private IEnumerable<FormRecord> AcceptedGrants(Niss person) =>
        _forms.Where(f => f.Service == ServiceCatalog.RegistreAttest.Name && f.FormType == "B" && f.SSIN == person && f.IsAccepted && f.Period is not null);

    private FormRecord Record(
        string cpas, FederalService service, string formType, Niss person, string fileNumber, DateTimeOffset now,
        List<AnswerReason> reasons, Period? period, string? detail = null)
    {
        _sequence++;
        var record = new FormRecord
        {
            FormId = string.Create(CultureInfo.InvariantCulture, $"S{now:yyMMdd}{_sequence:00000000}"),
            Cpas = cpas,
            Service = service.Name,
            FormType = formType,
            SSIN = person,
            FileNumber = fileNumber,
            ReceivedAt = now,
            AnswerAt = now + answerDelay,
            Outcome = reasons.Count == 0 ? AttestationStatus.ACCEPTED : AttestationStatus.REFUSED,
            Reasons = reasons,
            Period = period,
            Detail = detail,
        };
        _forms.Add(record);
        return record;
    }

    private static FormReceipt Receipt(FormRecord record) => new(record.FormId, record.Service, record.ReceivedAt);
}
