using System.Text.Json;
using PrimaWeb.Workflows.Domain.Calculations.Loi65;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// The message of each form as the gateway sends it, kept as the form's content (JSON) so the case file shows what
/// the SPP-IS received; the outbox handler reads it back and sends it.
/// </summary>
public static class FormContents
{
    /// <summary>
    /// The form of <paramref name="decision"/>: for the DIS, of the main beneficiary and the partner; for Loi 65, of the
    /// persons of <paramref name="loi65"/> with its codes (the nature and reason of form C chosen by the decision's kind).
    /// </summary>
    public static string Build(SppIsFormType type, string fileNumber, Niss main, Niss? partner, Decision decision, Loi65File? loi65 = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var terms = decision.Terms;
        var effective = decision.EffectiveFrom ?? decision.DecidedOn;
        object message = type switch
        {
            SppIsFormType.DisGrant or SppIsFormType.DisRevision or SppIsFormType.DisProlongation => new RegistreAttestRequest(
                fileNumber, type switch { SppIsFormType.DisRevision => DisDecision.REVISION, SppIsFormType.DisProlongation => DisDecision.PROLONGATION, _ => DisDecision.GRANT },
                main, partner, (int)Required(terms).Category, effective, terms!.Until, terms.MonthlyAmount, decision.DecidedOn),
            SppIsFormType.DisRefusal => new RegistreAttestRequest(
                fileNumber, DisDecision.REFUSAL, main, partner, 0, decision.DecidedOn, null, null, decision.DecidedOn, Reason(decision)),

            // StopAttest: from the suspension's or withdrawal's day (the decision's day for a refusal ending a grant); a
            // suspension also gives its planned last day.
            SppIsFormType.DisWithdrawal or SppIsFormType.DisSuspension => new StopAttestRequest(
                fileNumber, type == SppIsFormType.DisSuspension ? StopKind.SUSPENSION : StopKind.WITHDRAWAL, main, partner,
                effective, type == SppIsFormType.DisSuspension ? decision.EffectiveUntil : null, decision.DecidedOn, Reason(decision)),
            SppIsFormType.Loi65AB => new Loi65ABRequest(
                fileNumber,
                new Loi65FormA(Required(loi65).FormADate, main, loi65!.SecondaryBeneficiaries, Required(loi65.NationalityCode), 0),
                new Loi65FormB(Loi65FormBType.B1, main, effective, Required(terms).Until, loi65.Codes.FinancialAidStatus, new Loi65RequestedAid(FinancialAid: true))),
            SppIsFormType.Loi65C => Loi65Stop(fileNumber, main, effective, Required(loi65).Codes.Stop(StopKindOf(decision))),
            _ => throw new InvalidOperationException($"Form {type} is not built from a decision."),
        };
        return JsonSerializer.Serialize(message, message.GetType(), FederalJson.Options);
    }

    /// <summary>
    /// The A036 of <paramref name="type"/> for the aid from <paramref name="from"/> to <paramref name="until"/>: created
    /// after a grant, modified by a revision or a withdrawal (its end moved, a036-mutations-recovery.md A-2), cancelled.
    /// </summary>
    public static string BuildA036(SppIsFormType type, Niss main, RequestType requestType, DateOnly from, DateOnly until, DateOnly decidedOn)
    {
        var action = type switch
        {
            SppIsFormType.A036Create => A036Action.CREATE,
            SppIsFormType.A036Modify => A036Action.MODIFY,
            SppIsFormType.A036Cancel => A036Action.CANCEL,
            _ => throw new InvalidOperationException($"Form {type} is not an A036."),
        };
        var aid = requestType == RequestType.Dis ? A036AidType.RIS : A036AidType.EQUIVALENT_RIS;
        var message = new A036Request(action, main, null, aid, new Period(from, until < from ? from : until), decidedOn);
        return JsonSerializer.Serialize(message, FederalJson.Options);
    }

    /// <summary>The expense claim D1 of one month: the financial aid at 100 %, no medical or pharmaceutical costs (loi65.md §2).</summary>
    public static string BuildD1(string fileNumber, Niss main, DateOnly month, decimal financialAid)
    {
        var message = new Loi65DFRequest(fileNumber, main, D1: new Loi65FormD1(month.Year, month.Month, financialAid, [], [], financialAid));
        return JsonSerializer.Serialize(message, FederalJson.Options);
    }

    /// <summary>The Loi 65 file number rule (at most 11 letters or digits) applied to the case reference, kept for DIS forms too.</summary>
    public static string FileNumber(string caseReference)
    {
        var kept = new string([.. (caseReference ?? string.Empty).Where(char.IsAsciiLetterOrDigit)]).ToUpperInvariant();
        return kept.Length <= 11 ? kept : kept[^11..];
    }

    /// <summary>Sends a prepared form through the gateway, by its type.</summary>
    public static Task<FormReceipt> SendAsync(ISppIsClient client, SppIsForm form, FederalCallContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(form);
        var content = form.ContentJson;
        return form.Type switch
        {
            SppIsFormType.DisGrant or SppIsFormType.DisRevision or SppIsFormType.DisProlongation or SppIsFormType.DisRefusal =>
                client.SendRegistreAttestAsync(context, Read<RegistreAttestRequest>(content), cancellationToken),
            SppIsFormType.DisWithdrawal or SppIsFormType.DisSuspension => client.SendStopAttestAsync(context, Read<StopAttestRequest>(content), cancellationToken),
            SppIsFormType.Loi65AB => client.SendLoi65ABAsync(context, Read<Loi65ABRequest>(content), cancellationToken),
            SppIsFormType.Loi65C => client.SendLoi65CAsync(context, Read<Loi65CRequest>(content), cancellationToken),
            SppIsFormType.Loi65D1 => client.SendLoi65DFAsync(context, Read<Loi65DFRequest>(content), cancellationToken),
            SppIsFormType.OrganicLaw => client.SendOrganicLawAsync(context, Read<OrganicLawRequest>(content), cancellationToken),
            _ => client.SendA036Async(context, Read<A036Request>(content), cancellationToken),
        };
    }

    /// <summary>The legal context of the form's flow.</summary>
    public static LegalContext LegalContextOf(SppIsFormType type) =>
        type == SppIsFormType.OrganicLaw ? LegalContext.OrganicLaw
        : FormTypes.IsA036(type) ? LegalContext.MultifunctionalAttestation : FormTypes.IsDis(type) ? LegalContext.DisForms : LegalContext.Loi65Forms;

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, FederalJson.Options)
        ?? throw new InvalidOperationException($"The form content is not a {typeof(T).Name}.");

    private static Loi65CRequest Loi65Stop(string fileNumber, Niss main, DateOnly effective, (string Nature, string Reason) codes) =>
        new(fileNumber, main, effective, codes.Nature, codes.Reason);

    private static Loi65StopKind StopKindOf(Decision decision) => decision.Outcome switch
    {
        DecisionOutcome.Suspended => Loi65StopKind.Suspension,
        DecisionOutcome.Withdrawn => Loi65StopKind.Withdrawal,
        _ => Loi65StopKind.Refusal,
    };

    private static Loi65File Required(Loi65File? file) =>
        file ?? throw new InvalidOperationException("A Loi 65 form needs the file's persons and codes.");

    private static int Required(int? nationalityCode) =>
        nationalityCode ?? throw new InvalidOperationException("Form A needs the main beneficiary's nationality code.");

    private static DecisionTerms Required(DecisionTerms? terms) =>
        terms ?? throw new InvalidOperationException("A grant sent to the SPP-IS needs its terms (category, amount, period).");

    private static string Reason(Decision decision) =>
        string.IsNullOrWhiteSpace(decision.Motivation) ? "Décision du Conseil" : decision.Motivation.Length <= 200 ? decision.Motivation : decision.Motivation[..200];
}
