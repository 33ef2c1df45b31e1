using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// The form a decision sends to the SPP-IS. DIS: form B for a grant (a revision when an earlier grant exists), the
/// refusal on RegistreAttest for a first refusal, the withdrawal (StopAttest) when a refusal ends an earlier grant.
/// Equivalent RIS (Loi 65): forms A and B1 for a grant, form C only when a refusal ends an earlier grant; a first
/// refusal asks the State for nothing, so no form goes (loi65.md §2).
/// </summary>
public static class FormTypes
{
    public static SppIsFormType? For(Request request, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        var earlierGrant = request.Decisions.TakeWhile(d => d != decision).Any(d => d.Outcome == DecisionOutcome.Granted);
        var granted = decision.Outcome == DecisionOutcome.Granted;
        return request.Type switch
        {
            RequestType.Dis when granted => earlierGrant ? SppIsFormType.DisRevision : SppIsFormType.DisGrant,
            RequestType.Dis => earlierGrant ? SppIsFormType.DisWithdrawal : SppIsFormType.DisRefusal,
            RequestType.EquivalentRis or RequestType.Loi65 when granted => SppIsFormType.Loi65AB,
            RequestType.EquivalentRis or RequestType.Loi65 => earlierGrant ? SppIsFormType.Loi65C : null,
            _ => null,
        };
    }

    public static bool IsA036(SppIsFormType type) => type is SppIsFormType.A036Create or SppIsFormType.A036Modify or SppIsFormType.A036Cancel;

    public static bool IsDis(SppIsFormType type) => type is SppIsFormType.DisGrant or SppIsFormType.DisRevision or SppIsFormType.DisProlongation
        or SppIsFormType.DisRefusal or SppIsFormType.DisWithdrawal or SppIsFormType.DisSuspension;
}
