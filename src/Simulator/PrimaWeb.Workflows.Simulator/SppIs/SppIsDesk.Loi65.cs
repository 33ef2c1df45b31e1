using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.SppIs;

namespace PrimaWeb.Workflows.Simulator.SppIs;

/// <summary>The Loi 65 forms (loi65.md §1–2 and cases L-1..L-13).</summary>
public sealed partial class SppIsDesk
{
    /// <summary>Statuses allowed for financial aid on a D1 (loi65.md §3: B, I, K).</summary>
    private static readonly string[] FinancialAidStatuses = ["B", "I", "K"];

    private readonly Dictionary<(string Cpas, string File), Loi65File> _files = [];

    /// <summary>File numbers: separators and leading zeros ignored, case-insensitive, at most 11 positions (L-1..L-4).</summary>
    public static string? NormaliseFileNumber(string fileNumber)
    {
        var kept = new string([.. fileNumber.Where(char.IsAsciiLetterOrDigit)]).TrimStart('0').ToUpperInvariant();
        return kept.Length is > 0 and <= 11 ? kept : null;
    }

    public FormReceipt ReceiveLoi65AB(string cpas, Loi65ABRequest form, DateOnly today, DateTimeOffset now)
    {
        var reasons = new List<AnswerReason>();
        var fileNumber = NormaliseFileNumber(form.FileNumber);
        if (fileNumber is null)
        {
            reasons.Add(new(RefusalCodes.InvalidFileNumber, $"File number '{form.FileNumber}' must have 1 to 11 letters or digits."));
        }

        var file = fileNumber is null ? null : _files.GetValueOrDefault((cpas, fileNumber));
        if (form.FormA is null && form.FormB is null)
        {
            reasons.Add(new(RefusalCodes.EmptyForm, "Neither form A nor form B is present."));
        }

        if (form.FormA is { } a)
        {
            if (a.SecondaryBeneficiaries.Count > 17)
            {
                reasons.Add(new(RefusalCodes.TooManySecondaryBeneficiaries, $"{a.SecondaryBeneficiaries.Count} secondary beneficiaries; 17 at most."));
            }

            if (a.NationalityCode is < 100 or > 999)
            {
                reasons.Add(new(RefusalCodes.InvalidNationalityCode, $"Nationality code {a.NationalityCode} is outside 100–999."));
            }

            if (a.Suffix is < 0 or > 99)
            {
                reasons.Add(new(RefusalCodes.InvalidSuffix, $"Suffix {a.Suffix} is outside 0–99."));
            }

            RequireIntegrationOfAll(reasons, cpas, today, a.EffectiveDate, [a.MainBeneficiary, .. a.SecondaryBeneficiaries.Select(s => s.SSIN)]);
        }

        if (form.FormB is { } b)
        {
            var formA = form.FormA ?? file?.FormA;
            if (formA is null)
            {
                reasons.Add(new(RefusalCodes.NoFormA, "No accepted form A for this file."));
            }
            else if (form.FormA is null)
            {
                RequireIntegrationOfAll(reasons, cpas, today, formA.EffectiveDate, [formA.MainBeneficiary, .. formA.SecondaryBeneficiaries.Select(s => s.SSIN)]);
            }

            if (b.BeneficiaryStatus.Length != 1 || b.BeneficiaryStatus[0] is < 'A' or > 'K')
            {
                reasons.Add(new(RefusalCodes.InvalidStatus, $"Status '{b.BeneficiaryStatus}' is not a letter A–K."));
            }

            var earlier = b.Type == Loi65FormBType.B1 ? file?.B1 : file?.B2;
            if (b.IsCorrection && earlier is not null && earlier.EffectiveDate != b.EffectiveDate)
            {
                reasons.Add(new(RefusalCodes.EffectiveDateNotCorrectable, "The effective date of a form B cannot be corrected."));
            }
        }

        var person = form.FormA?.MainBeneficiary ?? form.FormB?.SSIN ?? default;
        var formType = (form.FormA, form.FormB) switch
        {
            ({ }, { } b2) => "A+" + b2.Type,
            ({ }, null) => "A",
            (_, { } b3) => b3.Type.ToString(),
            _ => "EMPTY",
        };
        var record = Record(cpas, ServiceCatalog.Wet65Loi65AB, formType, person, form.FileNumber, now, reasons, null, form.FormB?.BeneficiaryStatus);
        if (record.IsAccepted && fileNumber is not null)
        {
            file ??= _files[(cpas, fileNumber)] = new Loi65File();
            file.FormA = form.FormA ?? file.FormA;
            if (form.FormB is { Type: Loi65FormBType.B1 } b1)
            {
                file.B1 = b1;
            }
            else if (form.FormB is { Type: Loi65FormBType.B2 } b2)
            {
                file.B2 = b2;
            }
        }

        return Receipt(record);
    }

    public FormReceipt ReceiveLoi65C(string cpas, Loi65CRequest form, DateOnly today, DateTimeOffset now)
    {
        var reasons = new List<AnswerReason>();
        var file = FileOf(cpas, form.FileNumber, reasons);
        RequireIntegrationOfAll(reasons, cpas, today, form.EffectiveDate, [form.SSIN]);
        if (file is not null && file.B1 is null && file.B2 is null)
        {
            reasons.Add(new(RefusalCodes.NoAcceptedB1, "No accepted decision (B1 or B2) to end in this file."));
        }

        return Receipt(Record(cpas, ServiceCatalog.Wet65Loi65C, "C", form.SSIN, form.FileNumber, now, reasons, null));
    }

    public FormReceipt ReceiveLoi65DF(string cpas, Loi65DFRequest form, DateOnly today, DateTimeOffset now)
    {
        var reasons = new List<AnswerReason>();
        var file = FileOf(cpas, form.FileNumber, reasons);
        string formType;
        if (form.D1 is { } d1)
        {
            formType = "D1";
            RequireIntegrationOfAll(reasons, cpas, today, new DateOnly(d1.Year, d1.Month, 1), [form.SSIN]);
            if (file?.B1 is not { } b1)
            {
                reasons.Add(new(RefusalCodes.NoAcceptedB1, "A D1 needs an accepted B1 for the file."));
            }
            else if (d1.FinancialAidAmount > 0 && !FinancialAidStatuses.Contains(b1.BeneficiaryStatus))
            {
                reasons.Add(new(RefusalCodes.AidNotAllowedForStatus, $"Financial aid is not reimbursed for status {b1.BeneficiaryStatus} (B, I, K only)."));
            }

            if (d1.MedicalCostsAmount.Count > 5 || d1.PharmaceuticalCostsAmount.Count > 5)
            {
                reasons.Add(new(RefusalCodes.TooManyAmounts, "At most 5 medical and 5 pharmaceutical amounts."));
            }

            var sum = d1.FinancialAidAmount + d1.MedicalCostsAmount.Sum() + d1.PharmaceuticalCostsAmount.Sum();
            if (sum != d1.TotalAmount)
            {
                reasons.Add(new(RefusalCodes.TotalMismatch, string.Create(CultureInfo.InvariantCulture, $"TotalAmount {d1.TotalAmount} is not the sum of the parts {sum}.")));
            }
        }
        else if (form.D2 is { } d2)
        {
            formType = "D2";
            RequireIntegrationOfAll(reasons, cpas, today, new DateOnly(d2.Year, d2.Month, 1), [form.SSIN]);
            if (file?.B2 is null)
            {
                reasons.Add(new(RefusalCodes.NoAcceptedB2, "A D2 needs an accepted B2 for the file."));
            }

            if (d2.Bills.Count > 5)
            {
                reasons.Add(new(RefusalCodes.TooManyAmounts, "At most 5 hospital bills."));
            }
        }
        else if (form.F is { } f)
        {
            formType = "F";
            RequireIntegrationOfAll(reasons, cpas, today, f.ReferenceDate, [form.SSIN]);
            if (f.ReferenceDate < new DateOnly(2002, 1, 1))
            {
                reasons.Add(new(RefusalCodes.ReferenceDateTooEarly, "ReferenceDate must be 2002-01-01 or later."));
            }

            if (file is not null && !file.ClaimsPaid)
            {
                reasons.Add(new(RefusalCodes.NoPaidClaim, "A form F needs a D1 or D2 paid for the beneficiary."));
            }

            if (_forms.Any(x => x.Service == ServiceCatalog.Wet65Loi65DF.Name && x.FormType == "F" && x.SSIN == form.SSIN
                && x.IsAccepted && x.Period?.StartDate.Year == f.ReferenceDate.Year))
            {
                reasons.Add(new(RefusalCodes.SecondFormF, $"A form F was already accepted for this beneficiary in {f.ReferenceDate.Year}."));
            }
        }
        else
        {
            formType = "EMPTY";
            reasons.Add(new(RefusalCodes.EmptyForm, "None of D1, D2, F is present."));
        }

        var period = form.F is { } ff ? new Period(ff.ReferenceDate, ff.ReferenceDate) : null;
        var record = Record(cpas, ServiceCatalog.Wet65Loi65DF, formType, form.SSIN, form.FileNumber, now, reasons, period);
        if (record.IsAccepted && file is not null && formType is "D1" or "D2")
        {
            file.ClaimsPaid = true;
        }

        return Receipt(record);
    }

    private Loi65File? FileOf(string cpas, string fileNumber, List<AnswerReason> reasons)
    {
        var normalised = NormaliseFileNumber(fileNumber);
        if (normalised is null)
        {
            reasons.Add(new(RefusalCodes.InvalidFileNumber, $"File number '{fileNumber}' must have 1 to 11 letters or digits."));
            return null;
        }

        var file = _files.GetValueOrDefault((cpas, normalised));
        if (file?.FormA is null)
        {
            reasons.Add(new(RefusalCodes.NoFormA, "No accepted form A for this file."));
        }

        return file;
    }

    private void RequireIntegrationOfAll(List<AnswerReason> reasons, string cpas, DateOnly today, DateOnly effective, IEnumerable<Niss> persons)
    {
        foreach (var person in persons.Distinct())
        {
            RequireIntegration(reasons, cpas, today, effective, person, null);
        }
    }

    private sealed class Loi65File
    {
        public Loi65FormA? FormA { get; set; }

        public Loi65FormB? B1 { get; set; }

        public Loi65FormB? B2 { get; set; }

        public bool ClaimsPaid { get; set; }
    }
}
