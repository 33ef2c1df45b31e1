using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Requests;
using static PrimaWeb.Workflows.Data.Tests.Persistence.Samples;

namespace PrimaWeb.Workflows.Data.Tests.Persistence;

/// <summary>The case file: every record kind round-trips through the store, which names the tenant itself.</summary>
public abstract partial class PersistenceTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public virtual async Task Store_Consultations_RoundTripEveryFieldWithAnswerOrReason()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        var answered = new Consultation(Namur, caseId, requestId, Noon.ToOffset(TimeSpan.FromHours(1)), "system",
            Niss.Parse(ThomasNiss, null), "IdentifyPerson", ConsultationOutcome.Answered, """{"name":"Martin"}""", null);
        var refused = new Consultation(Namur, caseId, requestId, Noon.AddMinutes(1), "system",
            Niss.Parse(LucasNiss, null), "HealthInsurance", ConsultationOutcome.RefusedNotIntegrated, null, "Lucas n'est pas intégré.");
        await AddRecordsAsync(answered, refused);

        await using var db = Context(tenant: null);
        var read = await new EfCaseFileStore(db).ListAsync<Consultation>(Namur, requestId);

        read.Select(c => (c.Id, c.TenantId, c.CaseId, c.RequestId, c.RecordedAt, c.RecordedBy, c.Person.Value, c.Service, c.Outcome, c.AnswerJson, c.Message)).ShouldBe(
        [
            (answered.Id, Namur, caseId, (Guid?)requestId, Noon, "system", ThomasNiss, "IdentifyPerson", ConsultationOutcome.Answered, (string?)"""{"name":"Martin"}""", (string?)null),
            (refused.Id, Namur, caseId, requestId, Noon.AddMinutes(1), "system", LucasNiss, "HealthInsurance", ConsultationOutcome.RefusedNotIntegrated, null, "Lucas n'est pas intégré."),
        ]);
        read[0].RecordedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public virtual async Task Store_ResourceStatement_RoundTripsMembersResourcesAndExpenses()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        RisHouseholdMember[] members = [new("thomas", CohabitantRelation.Claimant), new("anna", CohabitantRelation.Partner, IsDisBeneficiary: true, CountedSharePercent: 50.5m)];
        RisResource[] resources =
        [
            new("thomas", ResourceKind.EarnedIncome, 812.45m, ResourcePeriodicity.Monthly, EmploymentExemption.SocioProfessional, ExemptResourceBasis.None, FromArticle60Employment: true, Description: "Article 60"),
            new("anna", ResourceKind.FamilyAllowances, 3000m, ResourcePeriodicity.Yearly, ExemptBasis: ExemptResourceBasis.FamilyAllowancesForOwnChildren),
        ];
        StatedExpense[] expenses = [new("Loyer", 650.00m), new("Énergie", 120.35m)];
        var statement = new ResourceStatement(Namur, caseId, requestId, Noon, "namur-social-worker", RisCategory.FamilyWithDependants, members, resources, expenses);
        await AddRecordsAsync(statement);

        await using var db = Context(tenant: null);
        var read = (await new EfCaseFileStore(db).LatestAsync<ResourceStatement>(Namur, requestId)).ShouldNotBeNull();

        (read.Id, read.Category, read.RecordedBy, read.RecordedAt).ShouldBe((statement.Id, RisCategory.FamilyWithDependants, "namur-social-worker", Noon));
        read.Members.ShouldBe(members);
        read.Resources.ShouldBe(resources);
        read.Expenses.ShouldBe(expenses);
        read.MonthlyExpenses.ShouldBe(770.35m);

        // Inside the JSON too, enumerations are stored by name.
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Members\" AS \"Value\" FROM \"ResourceStatements\"").SingleAsync();
        stored.ShouldContain("Claimant");
        stored.ShouldContain("Partner");
    }

    [Fact]
    public virtual async Task Store_CalculationReportAndLetter_RoundTripEveryField()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        var statementId = Guid.CreateVersion7();
        var result = new RisCalculationResult(RisCategory.Isolated, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
            [new RisSegment(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 15_000m, 0m, 0m, 15_000m, 1250.01m, [])],
            [], 1250.01m, ProRataRule.CalendarDays, []);
        var calculation = new RisCalculationRecord(Namur, caseId, requestId, Noon, "system", statementId, result, """{"segments":1}""");
        var terms = new DecisionTerms(RisCategory.Isolated, 1250.01m, new DateOnly(2026, 11, 1), new DateOnly(2027, 4, 30));
        var report = new SocialReport(Namur, caseId, requestId, Noon.AddMinutes(1), "namur-social-worker", "Situation précaire.", DecisionOutcome.Granted, terms, "Ressources insuffisantes.");
        var refusal = new SocialReport(Namur, caseId, requestId, Noon.AddMinutes(2), "namur-social-worker", "Autre avis.", DecisionOutcome.Refused, null, null);
        var decisionId = Guid.CreateVersion7();
        var letter = new NotificationLetter(Namur, caseId, requestId, Noon.AddMinutes(3), "system", decisionId, "dis/grant", Language.Nl, new DateOnly(2026, 12, 5), "Beste meneer,");
        await AddRecordsAsync(calculation, report, refusal, letter);

        await using var db = Context(tenant: null);
        var store = new EfCaseFileStore(db);
        var readCalculation = (await store.LatestAsync<RisCalculationRecord>(Namur, requestId)).ShouldNotBeNull();
        var reports = await store.ListAsync<SocialReport>(Namur, requestId);
        var readLetter = (await store.LatestAsync<NotificationLetter>(Namur, requestId)).ShouldNotBeNull();

        (readCalculation.StatementId, readCalculation.Category, readCalculation.PeriodStart, readCalculation.PeriodEnd, readCalculation.MonthlyAmount, readCalculation.PeriodAmount, readCalculation.BreakdownJson)
            .ShouldBe((statementId, RisCategory.Isolated, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 1250.01m, 1250.01m, """{"segments":1}"""));
        reports.Select(r => (r.Id, r.Report, r.Proposal, r.Terms, r.Motivation, r.ProposedCategory)).ShouldBe(
        [
            (report.Id, "Situation précaire.", DecisionOutcome.Granted, (DecisionTerms?)terms, (string?)"Ressources insuffisantes.", (RisCategory?)RisCategory.Isolated),
            (refusal.Id, "Autre avis.", DecisionOutcome.Refused, null, null, null),
        ]);
        (readLetter.Id, readLetter.DecisionId, readLetter.Template, readLetter.Language, readLetter.DueOn, readLetter.Content, readLetter.RecordedAt)
            .ShouldBe((letter.Id, decisionId, "dis/grant", Language.Nl, new DateOnly(2026, 12, 5), "Beste meneer,", Noon.AddMinutes(3)));
    }

    [Fact]
    public virtual async Task Store_SppIsFormSentThenAnswered_PersistsEachStepOfTheForm()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        var decisionId = Guid.CreateVersion7();
        var form = new SppIsForm(Namur, caseId, requestId, Noon, "system", decisionId, SppIsFormType.DisGrant, new DateOnly(2026, 12, 12), "key-1", """{"form":"B"}""");
        await AddRecordsAsync(form);

        await using (var db = Context(tenant: null))
        {
            var loaded = (await new EfCaseFileStore(db).FindFormAsync(Namur, form.Id)).ShouldNotBeNull();
            loaded.MarkSent("SPPIS-42", Noon.AddHours(1));
            loaded.AwaitAnswerUntil(Noon.AddDays(10));
            await db.SaveChangesAsync();
        }

        await using (var db = Context(tenant: null))
        {
            var loaded = (await new EfCaseFileStore(db).FindFormAsync(Namur, form.Id)).ShouldNotBeNull();
            (loaded.Status, loaded.FormId, loaded.SentAt, loaded.AnswerAwaitedUntil).ShouldBe((SppIsFormStatus.Sent, "SPPIS-42", (DateTimeOffset?)Noon.AddHours(1), (DateTimeOffset?)Noon.AddDays(10)));
            loaded.RecordAnswer(SppIsFormStatus.PartiallyAccepted, [new SppIsAnswerReason("R12", "Période réduite"), new SppIsAnswerReason("R3", "Montant revu")], Noon.AddDays(2));
            await db.SaveChangesAsync();
        }

        await using var check = Context(tenant: null);
        var read = (await new EfCaseFileStore(check).FindFormAsync(Namur, form.Id)).ShouldNotBeNull();
        (read.DecisionId, read.Type, read.Status, read.DueOn, read.IdempotencyKey, read.ContentJson, read.FormId, read.AnsweredAt)
            .ShouldBe(((Guid?)decisionId, SppIsFormType.DisGrant, SppIsFormStatus.PartiallyAccepted, new DateOnly(2026, 12, 12), "key-1", """{"form":"B"}""", (string?)"SPPIS-42", (DateTimeOffset?)Noon.AddDays(2)));
        read.Reasons.ShouldBe([new SppIsAnswerReason("R12", "Période réduite"), new SppIsAnswerReason("R3", "Montant revu")]);
    }

    [Fact]
    public virtual async Task SaveChanges_SecondFormWithTheSameIdempotencyKey_IsRefusedByTheUniqueIndex()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        await AddRecordsAsync(new SppIsForm(Namur, caseId, requestId, Noon, "system", null, SppIsFormType.A036Create, Today, "key-1", "{}"));

        await Should.ThrowAsync<DbUpdateException>(() => AddRecordsAsync(new SppIsForm(Namur, caseId, requestId, Noon, "system", null, SppIsFormType.A036Create, Today, "key-1", "{}")));
    }

    [Fact]
    public virtual async Task AwaitingAnswerAsync_FormsOfEveryCpas_ReturnsOnlySentAndUnansweredLongestWaitingFirst()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        var (gentCase, gentRequest) = await SaveRequestAsync(Gent);
        var prepared = Form(Namur, caseId, requestId, "prepared");
        var sentLater = Form(Namur, caseId, requestId, "sent-later");
        sentLater.MarkSent("F-2", Noon.AddHours(2));
        var unanswered = Form(Gent, gentCase, gentRequest, "unanswered");
        unanswered.MarkSent("F-1", Noon.AddHours(1));
        unanswered.MarkUnanswered();
        var accepted = Form(Namur, caseId, requestId, "accepted");
        accepted.MarkSent("F-3", Noon);
        accepted.RecordAnswer(SppIsFormStatus.Accepted, [], Noon.AddHours(3));
        await AddRecordsAsync(prepared, sentLater, accepted);
        await AddRecordsAsync(Gent, unanswered);

        await using var db = Context(tenant: null);
        var awaiting = await new EfSppIsFormQueue(db).AwaitingAnswerAsync(10);
        var first = await new EfSppIsFormQueue(db).AwaitingAnswerAsync(1);

        awaiting.Select(f => (f.IdempotencyKey, f.TenantId, f.Status)).ShouldBe([("unanswered", Gent, SppIsFormStatus.Unanswered), ("sent-later", Namur, SppIsFormStatus.Sent)]);
        first.Select(f => f.IdempotencyKey).ShouldBe(["unanswered"]);
    }

    [Fact]
    public virtual async Task Store_DecisionWithTermsAndWorkflowLink_RoundTrip()
    {
        var (_, requestId) = await SaveRequestAsync();
        var instanceId = Guid.CreateVersion7();
        var terms = new DecisionTerms(RisCategory.Cohabitant, 876.13m, Today.AddDays(-20));
        await using (var db = Context(tenant: null))
        {
            var request = (await new EfCaseFileStore(db).FindRequestAsync(Namur, requestId)).ShouldNotBeNull();
            request.AttachWorkflow(instanceId);
            request.StartInvestigation();
            request.PrepareProposal();
            request.SubmitToCouncil();
            var proposal = new SocialReport(Namur, request.CaseId, requestId, Noon, "namur-social-worker", "Rapport.", DecisionOutcome.Granted, terms, null);
            new EfCaseFileStore(db).Add(proposal);

            // The Council grants what was proposed: one terms value on the proposal and on the decision.
            request.Grant(Today.AddDays(-1), proposal.Terms!, Today, "Accordé.");
            await db.SaveChangesAsync();
        }

        await using var check = Context();
        var read = await check.Requests.SingleAsync(r => r.Id == requestId);

        read.WorkflowInstanceId.ShouldBe(instanceId);
        var decision = read.LatestDecision.ShouldNotBeNull();
        (decision.Outcome, decision.DecidedOn, decision.EffectiveFrom, decision.Motivation, decision.Terms)
            .ShouldBe((DecisionOutcome.Granted, Today.AddDays(-1), (DateOnly?)Today.AddDays(-20), (string?)"Accordé.", (DecisionTerms?)terms));
        (await check.Requests.SingleAsync(r => r.WorkflowInstanceId == instanceId)).Id.ShouldBe(requestId);
        (await check.Set<SocialReport>().SingleAsync()).Terms.ShouldBe(terms);
    }

    [Fact]
    public virtual async Task Store_OtherCpasRecords_AreNeitherFoundNorListed()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        var form = Form(Namur, caseId, requestId, "key-1");
        await AddRecordsAsync(form);

        await using var db = Context(tenant: null);
        var gent = new EfCaseFileStore(db);

        (await gent.FindCaseAsync(Gent, caseId)).ShouldBeNull();
        (await gent.FindRequestAsync(Gent, requestId)).ShouldBeNull();
        (await gent.FindFormAsync(Gent, form.Id)).ShouldBeNull();
        (await gent.LatestAsync<SppIsForm>(Gent, requestId)).ShouldBeNull();
        (await gent.ListAsync<SppIsForm>(Gent, requestId)).ShouldBeEmpty();
        var mainPerson = (await gent.FindCaseAsync(Namur, caseId)).ShouldNotBeNull().MainPersonId;
        (await gent.FindPersonsAsync(Gent, [mainPerson])).ShouldBeEmpty();
        (await gent.FindPersonsAsync(Namur, [mainPerson])).Select(p => p.Id).ShouldBe([mainPerson]);
    }

    [Fact]
    public virtual async Task SaveChanges_RecordOfAnotherCpasAddedThroughTheStore_IsRefusedAndNothingStored()
    {
        var (caseId, requestId) = await SaveRequestAsync();

        await using (var gent = Context(Gent))
        {
            new EfCaseFileStore(gent).Add(Form(Namur, caseId, requestId, "key-1"));
            var exception = await Should.ThrowAsync<TenantMismatchException>(() => gent.SaveChangesAsync());
            exception.Message.ShouldContain("SppIsForm of tenant 'cpas-namur'");
        }

        await using var db = Context(tenant: null);
        (await db.Set<SppIsForm>().IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public virtual async Task Store_RecordsAddedInTheUnitOfWork_AreSeenBeforeSaving()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        var saved = new SocialReport(Namur, caseId, requestId, Noon, "a", "Premier.", DecisionOutcome.Refused, null, null);
        await AddRecordsAsync(saved);

        await using var db = Context(tenant: null);
        var store = new EfCaseFileStore(db);
        var added = new SocialReport(Namur, caseId, requestId, Noon.AddMinutes(5), "b", "Second.", DecisionOutcome.Refused, null, null);
        store.Add(added);

        (await store.LatestAsync<SocialReport>(Namur, requestId)).ShouldBeSameAs(added);
        (await store.ListAsync<SocialReport>(Namur, requestId)).Select(r => r.Id).ShouldBe([saved.Id, added.Id]);
        (await store.FindRequestAsync(Namur, requestId)).ShouldNotBeNull();
    }

    [Fact]
    public virtual async Task IntegrationRegisterAsync_NoRegisterYet_AddsOneOnceAndFindsItAfterSaving()
    {
        var niss = Niss.Parse(ThomasNiss, null);
        Guid registerId;
        await using (var db = Context(tenant: null))
        {
            var store = new EfCaseFileStore(db);
            var created = await store.IntegrationRegisterAsync(Namur, niss);
            var again = await store.IntegrationRegisterAsync(Namur, niss);

            again.ShouldBeSameAs(created);
            db.Entry(created).State.ShouldBe(EntityState.Added);
            created.Register(Domain.Integrations.CapacityCode.UnderInvestigation, Today);
            registerId = created.Id;
            await db.SaveChangesAsync();
        }

        await using var check = Context(tenant: null);
        var store2 = new EfCaseFileStore(check);
        var read = await store2.IntegrationRegisterAsync(Namur, niss);
        var gent = await store2.IntegrationRegisterAsync(Gent, niss);

        (read.Id, read.TenantId, read.Integrations.Count).ShouldBe((registerId, Namur, 1));
        check.Entry(read).State.ShouldBe(EntityState.Unchanged);
        (gent.TenantId, check.Entry(gent).State).ShouldBe((Gent, EntityState.Added));
    }

    [Fact]
    public virtual async Task CaseFileQueries_CaseWithRecords_ListsEachKindAndReadsAnswersOnDemand()
    {
        var (caseId, requestId) = await SaveRequestAsync();
        var consultation = new Consultation(Namur, caseId, requestId, Noon, "system", Niss.Parse(ThomasNiss, null), "IdentifyPerson", ConsultationOutcome.Answered, """{"a":1}""", null);
        var form = Form(Namur, caseId, requestId, "key-1");
        await AddRecordsAsync(consultation, form);
        await using (var db = Context(tenant: null))
        {
            (await new EfCaseFileStore(db).IntegrationRegisterAsync(Namur, Niss.Parse(ThomasNiss, null))).Register(Domain.Integrations.CapacityCode.UnderInvestigation, Today);
            await db.SaveChangesAsync();
        }

        await using var read = Context(tenant: null);
        var queries = new CaseFileQueries(read);
        var file = (await queries.GetAsync(Namur, caseId)).ShouldNotBeNull();

        file.Consultations.ShouldHaveSingleItem().ShouldBe(new ConsultationView(consultation.Id, requestId, ThomasNiss, "IdentifyPerson", ConsultationOutcome.Answered, Noon, "system", null, true));
        file.Forms.ShouldHaveSingleItem().Id.ShouldBe(form.Id);
        var line = file.Integrations.ShouldHaveSingleItem();
        (line.Niss, line.Code, line.Start, line.IsDisintegrated).ShouldBe((ThomasNiss, Domain.Integrations.CapacityCode.UnderInvestigation, Today, false));
        file.Statements.ShouldBeEmpty();
        file.Calculations.ShouldBeEmpty();
        file.Reports.ShouldBeEmpty();
        file.Decisions.ShouldBeEmpty();
        file.Letters.ShouldBeEmpty();
        (await queries.ConsultationAnswerAsync(Namur, consultation.Id)).ShouldBe("""{"a":1}""");
        (await queries.ConsultationAnswerAsync(Gent, consultation.Id)).ShouldBeNull();
        (await queries.GetAsync(Gent, caseId)).ShouldBeNull();
    }

    private static SppIsForm Form(string tenant, Guid caseId, Guid requestId, string key) =>
        new(tenant, caseId, requestId, Noon, "system", null, SppIsFormType.DisGrant, Today.AddDays(15), key, "{}");

    private Task AddRecordsAsync(params CaseFileRecord[] records) => AddRecordsAsync(Namur, records);

    // As a workflow step does: through the store, on a context without a signed-in user, saved by the caller.
    private async Task AddRecordsAsync(string tenant, params CaseFileRecord[] records)
    {
        await using var db = Context(tenant);
        var store = new EfCaseFileStore(db);
        foreach (var record in records)
        {
            store.Add(record);
        }

        await db.SaveChangesAsync();
    }

    private async Task<(Guid CaseId, Guid RequestId)> SaveRequestAsync(string tenant = Namur)
    {
        var person = Person(tenant, ThomasNiss);
        var @case = Samples.Case(tenant, person);
        var request = new Request(tenant, @case.Id, RequestType.Dis, Today.AddDays(-20), Today);
        await using var db = Context(tenant);
        db.AddRange(person, @case, request);
        await db.SaveChangesAsync();
        return (@case.Id, request.Id);
    }
}
