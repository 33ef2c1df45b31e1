using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Activities.Ris;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Renders the letter notifying the latest decision (definitions/letters, in the person's language) with the amount and
/// its breakdown for a grant (the RIS calculation, or the aid an <see cref="ILetterAidSource"/> describes), the legal basis and the appeal, and keeps it as a <see cref="NotificationLetter"/>.
/// </summary>
[Activity("Letters.Notify", 1, Category = "Letters", DisplayName = "Notification letter")]
public sealed class NotifyDecision(ICaseFileStore store, LetterTemplates templates, ICpasLetterheads letterheads, IStaffNames staff, CalculationReferenceData reference,
    IEnumerable<ILetterAidSource> aidSources)
    : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(DecisionVariables.DecisionOutcome)
        .AndWriting(LetterVariables.LetterId, LetterVariables.LetterSent);

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var cancellationToken = context.CancellationToken;
        var request = await store.RequestAsync(variables.Tenant, variables.Request, cancellationToken);
        var decision = request.LatestDecision ?? throw new InvalidOperationException($"Request {request.Id} has no decision to notify.");
        var @case = await store.CaseAsync(variables.Tenant, variables.Case, cancellationToken);
        var person = await store.PersonAsync(variables.Tenant, @case.MainPersonId, cancellationToken);
        var today = LegalClock.Today(context.Clock);
        RisCalculationResult? calculation = null;
        var names = new Dictionary<string, string>();
        if (decision.Outcome == DecisionOutcome.Granted && await store.LatestAsync<RisCalculationRecord>(variables.Tenant, request.Id, cancellationToken) is { } record)
        {
            var statement = (await store.ListAsync<ResourceStatement>(variables.Tenant, request.Id, cancellationToken)).FirstOrDefault(s => s.Id == record.StatementId)
                ?? throw new InvalidOperationException($"The resource statement {record.StatementId} of the RIS calculation is missing.");
            calculation = CalculateRis.Calculate(reference, statement, record.PeriodStart, record.PeriodEnd, request.ReceivedOn);
            var members = await store.PersonsAsync(variables.Tenant, [.. statement.Members.Select(m => Guid.Parse(m.PersonId))], cancellationToken);
            foreach (var member in members)
            {
                names[member.Id.ToString()] = $"{member.FirstName} {member.LastName}";
            }
        }

        LetterAid? aid = null;
        if (decision.Outcome == DecisionOutcome.Granted && !RequestTypes.RisScale.Contains(request.Type))
        {
            var source = aidSources.SingleOrDefault(s => s.Type == request.Type)
                ?? throw new InvalidOperationException($"No letter source tells what a granted {request.Type} gives.");
            aid = await source.AidAsync(request, decision, person.Language, cancellationToken);
        }

        var cpas = await letterheads.ForAsync(variables.Tenant, cancellationToken);
        var model = LetterModelBuilder.Build(new LetterInput
        {
            Cpas = cpas,
            Person = person,
            Request = request,
            Decision = decision,
            Calculation = calculation,
            Aid = aid,
            SocialWorker = await ContactAsync(variables, cpas, cancellationToken),
            LetterDate = today < decision.DecidedOn ? decision.DecidedOn : today,
            Reference = @case.Reference,
            Outcome = context.Get(DecisionVariables.DecisionOutcome) == RecordDecision.GrantedModified && !request.Revises(decision) ? LetterDecisionOutcome.GrantedModified : null,
            EffectiveTo = decision.EffectiveUntil ?? decision.Terms?.Until,
            PersonNames = names,
        });
        var content = await templates.RenderAsync(model, cancellationToken);
        var letter = new NotificationLetter(
            variables.Tenant, variables.Case, request.Id, context.Clock.GetUtcNow(), variables.Author, decision.Id,
            $"{model.Kind}.{model.Language.ToString().ToLowerInvariant()}", model.Language, LegalDeadlines.NotificationDue(decision.DecidedOn), content);
        store.Add(letter);
        context.Set(LetterVariables.LetterId, letter.Id);
        context.Set(LetterVariables.LetterSent, true);
        return ActivityResult.Complete();
    }

    /// <summary>
    /// The social worker by name, reached at the CPAS's number; a case without a known social worker names the CPAS,
    /// never a login.
    /// </summary>
    private async Task<LetterContact> ContactAsync(RequestVariables variables, LetterCpas cpas, CancellationToken cancellationToken)
    {
        var name = variables.SocialWorkerId is { Length: > 0 } id ? await staff.NameOfAsync(variables.Tenant, id, cancellationToken) : null;
        return new LetterContact(name ?? cpas.Name, cpas.Phone, null);
    }
}
