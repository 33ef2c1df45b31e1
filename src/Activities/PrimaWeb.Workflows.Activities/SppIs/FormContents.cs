using System.Text.Json;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Integrations.Calls;
using PrimaWeb.Workflows.Integrations.Common;
using PrimaWeb.Workflows.Integrations.SppIs;
using PrimaWeb.Workflows.Integrations.Transport;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// The message of each form as the gateway sends it, kept as the form's content (JSON) so the case file shows what
/// the SPP-IS received; the outbox handler reads it back and sends it.
/// </summary>
public static class FormContents
{
    /// <summary>Belgium's nationality code on Loi 65 form A (the SPP-IS's country codes, 100–999).</summary>
    public const int BelgianNationalityCode = 150;

    /// <summary>Loi 65 B1 status letter of a person receiving financial aid equivalent to the RIS (loi65.md §3: B, I or K).</summary>
    public const string EquivalentRisStatus = "B";

    public static string Build(SppIsFormType type, string fileNumber, Niss main, Niss? partner, Decision decision)
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
            SppIsFormType.DisWithdrawal or SppIsFormType.DisSuspension => new StopAttestRequest(
                fileNumber, type == SppIsFormType.DisSuspension ? StopKind.SUSPENSION : StopKind.WITHDRAWAL, main, partner,
                decision.DecidedOn, null, decision.DecidedOn, Reason(decision)),
            SppIsFormType.Loi65AB => new Loi65ABRequest(
                fileNumber,
                new Loi65FormA(effective, main, partner is { } p ? [new Loi65SecondaryBeneficiary(p, "PARTNER")] : [], BelgianNationalityCode, 0),
                new Loi65FormB(Loi65FormBType.B1, main, effective, Required(terms).Until, EquivalentRisStatus, new Loi65RequestedAid(FinancialAid: true))),
            SppIsFormType.Loi65C => new Loi65CRequest(fileNumber, main, decision.DecidedOn, "C", "01"),
            _ => throw new InvalidOperationException($"Form {type} is not built from a decision."),
        };
        return JsonSerializer.Serialize(message, message.GetType(), FederalJson.Options);
    }

    public static string BuildA036(Niss main, RequestType requestType, Decision decision, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var from = Required(decision.Terms).From;
        var aid = requestType == RequestType.Dis ? A036AidType.RIS : A036AidType.EQUIVALENT_RIS;
        var message = new A036Request(A036Action.CREATE, main, null, aid, new Period(from, until), decision.DecidedOn);
        return JsonSerializer.Serialize(message, FederalJson.Options);
    }

    /// <summary>The StopAttest of a suspension (from, until) or withdrawal (from) the Council decided on <paramref name="decidedOn"/>.</summary>
    public static string BuildStop(SppIsFormType type, string fileNumber, Niss main, Niss? partner, DateOnly from, DateOnly? until, DateOnly decidedOn, string reason)
    {
        var kind = type == SppIsFormType.DisSuspension ? StopKind.SUSPENSION : StopKind.WITHDRAWAL;
        var text = string.IsNullOrWhiteSpace(reason) ? "Décision du Conseil" : reason.Length <= 200 ? reason : reason[..200];
        var message = new StopAttestRequest(fileNumber, kind, main, partner, from, kind == StopKind.SUSPENSION ? until : null, decidedOn, text);
        return JsonSerializer.Serialize(message, FederalJson.Options);
    }

    /// <summary>The A036 of a withdrawn grant: its end moved to <paramref name="end"/> (a036-mutations-recovery.md A-2), or cancelled.</summary>
    public static string BuildA036End(Niss main, RequestType requestType, Decision grant, DateOnly end, DateOnly decidedOn, bool cancel)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var from = Required(grant.Terms).From;
        var aid = requestType == RequestType.Dis ? A036AidType.RIS : A036AidType.EQUIVALENT_RIS;
        var until = cancel ? from : end;
        var message = new A036Request(cancel ? A036Action.CANCEL : A036Action.MODIFY, main, null, aid, new Period(from, until < from ? from : until), decidedOn);
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
            _ => client.SendA036Async(context, Read<A036Request>(content), cancellationToken),
        };
    }

    /// <summary>The legal context of the form's flow.</summary>
    public static LegalContext LegalContextOf(SppIsFormType type) =>
        FormTypes.IsA036(type) ? LegalContext.MultifunctionalAttestation : FormTypes.IsDis(type) ? LegalContext.DisForms : LegalContext.Loi65Forms;

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, FederalJson.Options)
        ?? throw new InvalidOperationException($"The form content is not a {typeof(T).Name}.");

    private static DecisionTerms Required(DecisionTerms? terms) =>
        terms ?? throw new InvalidOperationException("A grant sent to the SPP-IS needs its terms (category, amount, period).");

    private static string Reason(Decision decision) =>
        string.IsNullOrWhiteSpace(decision.Motivation) ? "Décision du Conseil" : decision.Motivation.Length <= 200 ? decision.Motivation : decision.Motivation[..200];
}
