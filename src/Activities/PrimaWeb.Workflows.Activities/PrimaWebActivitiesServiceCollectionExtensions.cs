using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Bcss;
using PrimaWeb.Workflows.Activities.Cases;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Activities.Heating;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Activities.Outbox;
using PrimaWeb.Workflows.Activities.Requests;
using PrimaWeb.Workflows.Activities.Ris;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities;

/// <summary>The host's one call to add the request workflows' activities, outbox handlers and polling job.</summary>
public static class PrimaWebActivitiesServiceCollectionExtensions
{
    /// <summary>
    /// Registers every domain activity, the variables of the request workflows, the outbox handlers of <see cref="Common.MessageTypes"/>, the
    /// <see cref="SppIsAnswerPoller"/> (the host schedules <c>PollAsync</c>), the <see cref="Ris.RisIndexationReviewer"/> (the host schedules <c>ReviewAsync</c>), the <see cref="Loi65ExpenseClaims"/>
    /// (the host schedules <c>RunAsync</c>), the letter templates of
    /// <paramref name="definitionsFolder"/>/letters and — unless the host registered it — the reference data of
    /// <paramref name="definitionsFolder"/>/reference. The host provides <c>ICaseFileStore</c>, <c>ICaseFileUnitOfWork</c>,
    /// <c>ISppIsFormQueue</c>, <c>IRunningGrants</c>, the gateway and, optionally, an <see cref="ICpasLetterheads"/> and an <see cref="IStaffNames"/>.
    /// </summary>
    public static WorkflowEngineBuilder AddPrimaWebActivities(this WorkflowEngineBuilder engine, string definitionsFolder)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var services = engine.Services;
        services.AddLetterTemplates(Path.Combine(definitionsFolder, "letters"));
        services.TryAddSingleton(_ => CalculationReferenceData.LoadFolder(Path.Combine(definitionsFolder, "reference")));
        services.TryAddSingleton<ICpasLetterheads>(new StaticCpasLetterheads());
        services.TryAddSingleton<IStaffNames, NoStaffNames>();
        services.TryAddSingleton<WorkflowSignals>();
        services.TryAddSingleton<SppIsAnswerPoller>();
        services.TryAddSingleton<Ris.RisIndexationReviewer>();
        services.TryAddSingleton<Loi65ExpenseClaims>();
        services.TryAddTransient<FlowConsultations>();
        services.TryAddSingleton<IDecisionDelegation, NoDecisionDelegation>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILetterAidSource, HeatingLetterAid>());
        foreach (var family in RequestVariableFamilies.All)
        {
            engine.AddVariables(family);
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRefusalTranslator, DomainRefusals>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILetterAidSource, OtherAidLetterSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILetterAidSource, InstallationPremiumLetterSource>());

        return engine
            .AddActivity<ComputeDeadlines>()
            .AddActivity<StartInvestigation>()
            .AddActivity<CloseRequest>()
            .AddActivity<IntegratePersons>()
            .AddActivity<IntegratePersonsByRole>()
            .AddActivity<IntegratePersonsWithEmployment>()
            .AddActivity<Disintegrate>()
            .AddActivity<ConsultFlow>()
            .AddActivity<WatchIntegration>()
            .AddActivity<RecordResources>()
            .AddActivity<RecordResourcesByMember>()
            .AddActivity<ReportAndPropose>()
            .AddActivity<CalculateRis>()
            .AddActivity<RecordDecision>()
            .AddActivity<RecordMutation>()
            .AddActivity<SendForm>()
            .AddActivity<AwaitAnswer>()
            .AddActivity<SendA036>()
            .AddActivity<SendA036OnEveryChange>()
            .AddActivity<NotifyDecision>()
            .AddActivity<RecordDelivery>()
            .AddActivity<RefuseDelivery>()
            .AddActivity<ConsultFund>()
            .AddActivity<RecordSituation>()
            .AddActivity<ComputeAtFund>()
            .AddActivity<RecordHeatingDecision>()
            .AddActivity<SaveAllocation>()
            .AddActivity<RecordOtherAid>()
            .AddActivity<CheckInstallationPremium>()
            .AddActivity<ReportAndProposeAid>()
            .AddActivity<RecordAidDecision>()
            .AddActivity<SendAidA036>()
            .AddActivity<SendOrganicLaw>()
            .AddOutboxHandler<ManageAccessHandler>()
            .AddOutboxHandler<ConsultHandler>()
            .AddOutboxHandler<SendFormHandler>()
            .AddOutboxHandler<HeatingFundHandler>();
    }
}
