using System.Text.Json;
using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Ris;

/// <summary>
/// Calculates the RIS from the request's latest resource statement, for a period (by default from the reception to the
/// end of its month), and keeps it as a <see cref="RisCalculationRecord"/>; sets risMonthlyAmount and risCategory.
/// </summary>
[Activity("Ris.Calculate", 1, Category = "RIS", DisplayName = "Calculate the RIS")]
public sealed class CalculateRis(ICaseFileStore store, CalculationReferenceData reference) : IActivity<CalculateRis.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(InvestigationVariables.RisCalculationId, InvestigationVariables.RisMonthlyAmount, InvestigationVariables.RisPeriodAmount, InvestigationVariables.RisCategory);

    /// <summary>How the breakdown is kept: web casing, enums by name.</summary>
    public static readonly JsonSerializerOptions BreakdownJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var statement = await store.LatestAsync<ResourceStatement>(variables.Tenant, variables.Request, context.CancellationToken)
            ?? throw new InvalidOperationException($"Request {variables.Request} has no resource statement to calculate the RIS from; record the resources first.");
        var from = input.From ?? variables.Received;
        var until = input.Until ?? LegalDate.EndOfMonth(from);
        var result = Calculate(reference, statement, from, until, variables.Received);
        var record = new RisCalculationRecord(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author,
            statement.Id, result, JsonSerializer.Serialize(result, BreakdownJson));
        store.Add(record);
        context.Set(InvestigationVariables.RisCalculationId, record.Id);
        context.Set(InvestigationVariables.RisMonthlyAmount, result.MonthlyAmount);
        context.Set(InvestigationVariables.RisPeriodAmount, result.PeriodAmount);
        context.Set(InvestigationVariables.RisCategory, result.Category);
        return ActivityResult.Complete();
    }

    /// <summary>The calculation of a statement for a period; the letter recomputes it the same way.</summary>
    public static RisCalculationResult Calculate(CalculationReferenceData reference, ResourceStatement statement, DateOnly from, DateOnly until, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(statement);
        return new RisCalculator(reference.Ris).Calculate(statement.ToCalculationRequest(from, until, receivedOn));
    }

    /// <summary>The calculated period.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        DateOnly? From = null,
        [ActivityInput(Journaled = true)]
        DateOnly? Until = null);
}
