using PrimaWeb.Workflows.Domain.Calculations.A036;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// The one place that says which form a decision sends to the SPP-IS, per request type and outcome (ADR 0501).
/// DIS: form B for a grant, B PROLONGATION for a new period after a fixed-term grant ended, B REVISION for a revision and for a resumption (any modification re-sends all data, ris.md
/// §5), the refusal on RegistreAttest for a first refusal, StopAttest SUSPENSION / WITHDRAWAL for the Council's
/// suspension or withdrawal (and for a refusal that ends an earlier grant). Equivalent RIS (Loi 65): forms A and B1 for
/// a grant, a revision and a resumption (a status change ends the B1: a new B1 is sent), form C for a suspension, a
/// withdrawal or a refusal that ends an earlier grant; a first refusal asks the State for nothing, so no form goes.
/// </summary>
public static class FormTypes
{
    public static SppIsFormType? For(Request request, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        var endsAGrant = request.Decisions.TakeWhile(d => d != decision).Any(d => d.Outcome == DecisionOutcome.Granted);
        var loi65 = RequestTypes.IsLoi65(request.Type);
        return (request.Type, decision.Outcome) switch
        {
            (RequestType.Dis, DecisionOutcome.Granted) when Prolongs(request, decision) => SppIsFormType.DisProlongation,
            (RequestType.Dis, DecisionOutcome.Granted) => request.Revises(decision) ? SppIsFormType.DisRevision : SppIsFormType.DisGrant,
            (RequestType.Dis, DecisionOutcome.Resumed) => SppIsFormType.DisRevision,
            (RequestType.Dis, DecisionOutcome.Refused) => endsAGrant ? SppIsFormType.DisWithdrawal : SppIsFormType.DisRefusal,
            (RequestType.Dis, DecisionOutcome.Suspended) => SppIsFormType.DisSuspension,
            (RequestType.Dis, DecisionOutcome.Withdrawn) => SppIsFormType.DisWithdrawal,
            (_, DecisionOutcome.Granted or DecisionOutcome.Resumed) when loi65 => SppIsFormType.Loi65AB,
            (_, DecisionOutcome.Suspended or DecisionOutcome.Withdrawn) when loi65 => SppIsFormType.Loi65C,
            (_, DecisionOutcome.Refused) when loi65 => endsAGrant ? SppIsFormType.Loi65C : null,
            _ => null,
        };
    }

    /// <summary>
    /// True when <paramref name="decision"/> grants a new period after the end of the grant before it (a grant for a
    /// fixed period, prolonged at the review): the DIS sends form B PROLONGATION rather than REVISION (the seed: "DIS –
    /// Octroi, révision, prolongation (B)").
    /// </summary>
    public static bool Prolongs(Request request, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        var earlier = request.Decisions.TakeWhile(d => d != decision).LastOrDefault(d => d.Outcome == DecisionOutcome.Granted);
        return decision is { Outcome: DecisionOutcome.Granted, Terms: { } terms }
            && earlier?.Terms is { Until: { } endedOn }
            && terms.From > endedOn;
    }

    /// <summary>
    /// What a decision does to the A036 (a036-mutations-recovery.md §1: create, modify or delete within 7 days): a first
    /// grant creates it, a revision modifies its period, a withdrawal or a refusal after a grant moves its end to the day
    /// the aid stops — or cancels it when that day reaches back to the aid's first day. A suspension and its resumption
    /// change it only when the reference data says so (<paramref name="onSuspension"/>): the period then ends at the
    /// suspension and the resumption attests a new one.
    /// </summary>
    public static SppIsFormType? A036For(Request request, Decision decision, A036OnSuspension onSuspension = A036OnSuspension.Unchanged)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        if (!RequestTypes.AttestedByA036.Contains(request.Type))
        {
            return null;
        }

        var endsAtSuspension = onSuspension == A036OnSuspension.EndAtSuspension;
        return decision.Outcome switch
        {
            DecisionOutcome.Granted when decision.Terms is null => null,
            DecisionOutcome.Granted => request.Revises(decision) ? SppIsFormType.A036Modify : SppIsFormType.A036Create,
            DecisionOutcome.Resumed when endsAtSuspension && decision.Terms is not null => SppIsFormType.A036Create,
            DecisionOutcome.Withdrawn or DecisionOutcome.Refused => Ending(request, decision),
            DecisionOutcome.Suspended when endsAtSuspension => Ending(request, decision),
            _ => null,
        };
    }

    /// <summary>The change that ends the attested period on the day the aid stops; none before any grant.</summary>
    private static SppIsFormType? Ending(Request request, Decision decision) => FirstGrantStart(request) is not { } firstDay
        ? null
        : AidStopsOn(decision) <= firstDay ? SppIsFormType.A036Cancel : SppIsFormType.A036Modify;

    /// <summary>The day a withdrawal, suspension or refusal stops the aid: its effect, or its decision day when it has none.</summary>
    public static DateOnly AidStopsOn(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.EffectiveFrom ?? decision.DecidedOn;
    }

    /// <summary>The first day of the aid the A036 attests: the start of the request's first grant with terms.</summary>
    public static DateOnly? FirstGrantStart(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Decisions.FirstOrDefault(d => d.Outcome == DecisionOutcome.Granted && d.Terms is not null)?.Terms!.From;
    }

    public static bool IsA036(SppIsFormType type) => type is SppIsFormType.A036Create or SppIsFormType.A036Modify or SppIsFormType.A036Cancel;

    public static bool IsLoi65(SppIsFormType type) => type is SppIsFormType.Loi65AB or SppIsFormType.Loi65C or SppIsFormType.Loi65D1;

    public static bool IsDis(SppIsFormType type) => type is SppIsFormType.DisGrant or SppIsFormType.DisRevision or SppIsFormType.DisProlongation
        or SppIsFormType.DisRefusal or SppIsFormType.DisWithdrawal or SppIsFormType.DisSuspension;
}
