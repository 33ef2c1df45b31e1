using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>Builds the <see cref="LetterModel"/> of a decision letter from the domain objects, in the person's language.</summary>
public static class LetterModelBuilder
{
    /// <summary>The appeal to the labour court runs three months from the notification (art. 47 DIS law, art. 71 organic law).</summary>
    public const int AppealMonths = 3;

    public static LetterModel Build(LetterInput input)
    {
        var request = input.Request;
        var decision = input.Decision;
        if (!request.Decisions.Contains(decision))
        {
            throw new ArgumentException("The decision does not belong to the request.", nameof(input));
        }

        if (input.LetterDate < decision.DecidedOn)
        {
            throw new ArgumentException(
                $"The letter date {LegalDate.Format(input.LetterDate)} is before the decision of {LegalDate.Format(decision.DecidedOn)}.", nameof(input));
        }

        var notifiedOn = input.NotifiedOn ?? input.LetterDate;
        if (notifiedOn < input.LetterDate)
        {
            throw new ArgumentException(
                $"The notification date {LegalDate.Format(notifiedOn)} is before the letter date {LegalDate.Format(input.LetterDate)}.", nameof(input));
        }

        var language = input.Person.Language;
        var outcome = input.Outcome ?? OutcomeOf(request, decision);
        // Formal motivation (law of 29 July 1991): every outcome but a plain grant, a revision (its calculation says why)
        // and a resumption tells the person why.
        if (outcome is not (LetterDecisionOutcome.Granted or LetterDecisionOutcome.Revised or LetterDecisionOutcome.Resumed)
            && string.IsNullOrWhiteSpace(decision.Motivation))
        {
            throw new ArgumentException($"A decision notified as {outcome} must carry its motivation.", nameof(input));
        }

        var risScale = RequestTypes.RisScale.Contains(request.Type);
        var amount = PaysAmount(outcome) && risScale ? Amount(input, language) : null;
        var aid = PaysAmount(outcome) && !risScale
            ? input.Aid ?? throw new ArgumentException($"A decision that grants a {request.Type} needs the aid it gives.", nameof(input))
            : null;
        return new LetterModel
        {
            Kind = LetterKinds.DecisionFor(request.Type),
            Language = language,
            Reference = input.Reference,
            LetterDate = input.LetterDate,
            Cpas = input.Cpas,
            Recipient = new LetterRecipient(
                input.Person.LastName,
                input.Person.FirstName,
                $"{input.Person.FirstName} {input.Person.LastName}",
                input.Person.Niss.Formatted,
                input.Person.Address is { } address ? LetterAddress.From(address, language) : null,
                language),
            Request = new LetterRequest(request.Type, request.ReceivedOn),
            Decision = new LetterDecision(outcome, decision.DecidedOn, decision.EffectiveFrom, input.EffectiveTo, decision.Motivation),
            Amount = amount,
            Aid = aid,
            LegalBasis = LegalBasis(request.Type, language, amount),
            Appeal = new LetterAppeal(input.Cpas.LabourCourt, notifiedOn, notifiedOn.AddMonths(AppealMonths), AppealMonths),
            SocialWorker = input.SocialWorker,
        };
    }

    /// <summary>The letter's outcome for a decision: a grant that follows an earlier grant is a revision.</summary>
    public static LetterDecisionOutcome OutcomeOf(Request request, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Outcome switch
        {
            DecisionOutcome.Granted => request.Revises(decision) ? LetterDecisionOutcome.Revised : LetterDecisionOutcome.Granted,
            DecisionOutcome.Suspended => LetterDecisionOutcome.Suspended,
            DecisionOutcome.Withdrawn => LetterDecisionOutcome.Withdrawn,
            DecisionOutcome.Resumed => LetterDecisionOutcome.Resumed,
            _ => LetterDecisionOutcome.Refused,
        };
    }

    private static bool PaysAmount(LetterDecisionOutcome outcome) =>
        outcome is LetterDecisionOutcome.Granted or LetterDecisionOutcome.GrantedModified or LetterDecisionOutcome.Revised;

    // The breakdown printed is the stretch in force at the end of the period: the amount paid from then on.
    private static LetterAmount Amount(LetterInput input, Language language)
    {
        var calculation = input.Calculation
            ?? throw new ArgumentException("A decision that grants an amount needs its RIS calculation.", nameof(input));
        var segment = calculation.Segments[^1];
        var category = (int)calculation.Category;
        var lines = segment.Lines
            .Select(line => new LetterBreakdownLine(
                line.Code,
                LetterVocabulary.LineLabel(line.Code, line.Label, category, language),
                line.Amount,
                LetterVocabulary.Article(line.LegalBasis, language),
                line.PersonId is not null && input.PersonNames.TryGetValue(line.PersonId, out var name) ? name : null))
            .ToList();
        return new LetterAmount(segment.MonthlyAmount, category, segment.From, segment.To, lines);
    }

    private static List<string> LegalBasis(RequestType type, Language language, LetterAmount? amount)
    {
        var basis = LetterVocabulary.LawsFor(type, language).ToList();
        if (amount is null)
        {
            return basis;
        }

        // Articles in order of first citation, each once.
        foreach (var line in amount.Lines)
        {
            if (!basis.Contains(line.LegalBasis, StringComparer.Ordinal) && LetterVocabulary.IsLegalArticle(line.LegalBasis))
            {
                basis.Add(line.LegalBasis);
            }
        }

        return basis;
    }
}
