using System.Diagnostics;
using System.Globalization;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Tenants;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.DashboardBench;

/// <summary>
/// A large CPAS built through the domain's own constructors and transitions, so the rows are ones the application could
/// have written: per case a person, an old decided request and a recent one at any step, ten tasks (one open), a
/// workflow instance per request, an integration line; letters and SPP-IS forms for decisions, a few missing (they are
/// what the deadline lists find), a few forms refused, an incident every 500 requests.
/// </summary>
internal sealed class BulkSeed(Func<PrimaWebDbContext> newContext, int cases, DateOnly today)
{
    public const int SocialWorkers = 60;
    private const int Chunk = 250;
    private static readonly RequestType[] OldTypes = [RequestType.Dis, RequestType.Dis, RequestType.Dis, RequestType.EquivalentRis, RequestType.OtherAid];

    /// <summary>The social worker of a case: ten cases in a row each, so that each has cases at every step.</summary>
    public static string SocialWorker(int caseIndex) => $"sw-{caseIndex / 10 % SocialWorkers + 1:000}";

    public async Task RunAsync()
    {
        var watch = Stopwatch.StartNew();
        await using (var db = newContext())
        {
            db.Tenants.Add(new Tenant(BenchHost.Tenant, "CPAS de Bench", "99999", null, Language.Fr, new Address("Rue du Banc", "1", null, "5000", "Namur")));
            await db.SaveChangesAsync();
        }

        for (var start = 0; start < cases; start += Chunk)
        {
            await using var db = newContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(cases, start + Chunk); i++)
            {
                AddCase(db, i);
            }

            await db.SaveChangesAsync();
            if ((start / Chunk) % 40 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {start + Chunk:N0} cases seeded in {watch.Elapsed.TotalSeconds:F0} s"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {cases:N0} cases in {watch.Elapsed.TotalSeconds:F0} s."));
    }

    private void AddCase(PrimaWebDbContext db, int i)
    {
        var person = new Person(BenchHost.Tenant, NissOf(i), $"Nom{Letters(i)}", $"Prénom{Letters(i / 7)}", null, Gender.Unknown, "BE", null, Language.Fr);
        db.Persons.Add(person);
        var worker = SocialWorker(i);
        var @case = new Case(BenchHost.Tenant, string.Create(CultureInfo.InvariantCulture, $"BE-{i:0000000}"), person.Id, today.AddDays(-800), today, worker);
        db.Cases.Add(@case);

        // Receptions spread over four years (about 2,000 a month), the older request two to six years back.
        var old = new Request(BenchHost.Tenant, @case.Id, OldTypes[i % OldTypes.Length], today.AddDays(-1500 - (i % 700)), today);
        Advance(old, i % 10 < 7 ? Step.Granted : Step.Refused, old.ReceivedOn.AddDays(20));
        var recent = new Request(BenchHost.Tenant, @case.Id, i % 4 == 0 ? RequestType.EquivalentRis : RequestType.Dis, today.AddDays(-(int)(i * 1460L / cases)), today);
        var decidedOn = recent.ReceivedOn.AddDays(10 + (i % 20));
        var recentStep = RecentStep(i, today.DayNumber - recent.ReceivedOn.DayNumber, decidedOn > today);
        Advance(recent, recentStep, decidedOn);

        foreach (var (request, index) in new[] { (old, 0), (recent, 1) })
        {
            AddWorkflow(db, request, i, index);
            AddDecisionRecords(db, request, i);
        }

        db.Requests.AddRange(old, recent);
        AddTasks(db, @case, old, recent, i);
        var register = new IntegrationRegister(BenchHost.Tenant, person.Niss);
        var end = today.AddDays((i % 400) - 30);
        register.Register(CapacityCode.IntegrationIncome, end.AddDays(-180), end);
        db.IntegrationRegisters.Add(register);
    }

    private enum Step
    {
        Investigating,
        AtCouncil,
        Granted,
        Refused,
    }

    // Under a month old: at any step; older: decided (granted or refused), one in a hundred still waiting, overdue.
    private static Step RecentStep(int i, int age, bool tooEarlyToDecide)
    {
        if (tooEarlyToDecide || (age < 30 && i % 10 < 4) || i % 100 == 0)
        {
            return Step.Investigating;
        }

        if (age < 30 && i % 10 < 6)
        {
            return Step.AtCouncil;
        }

        return i % 10 < 8 ? Step.Granted : Step.Refused;
    }

    private void Advance(Request request, Step step, DateOnly decidedOn)
    {
        request.StartInvestigation();
        if (step == Step.Investigating)
        {
            return;
        }

        request.PrepareProposal();
        request.SubmitToCouncil();
        if (step == Step.Granted)
        {
            request.Grant(decidedOn, request.ReceivedOn, today);
        }
        else if (step == Step.Refused)
        {
            request.Refuse(decidedOn, today);
        }
    }

    // A letter and the forms for each decision, except a few left undone: those are the deadline lists' rows.
    private void AddDecisionRecords(PrimaWebDbContext db, Request request, int i)
    {
        if (request.LatestDecision is not { } decision)
        {
            return;
        }

        // Only decisions of the last two months miss a step: older ones were caught up long ago.
        var at = At(decision.DecidedOn.AddDays(2));
        var lately = today.DayNumber - decision.DecidedOn.DayNumber < 60;
        if (!(lately && i % 20 == 6))
        {
            db.Add(new NotificationLetter(BenchHost.Tenant, request.CaseId, request.Id, at, "bench", decision.Id, "dis-decision", Language.Fr,
                LegalDeadlines.NotificationDue(decision.DecidedOn), "Lettre"));
        }

        if (request.Type == RequestType.OtherAid)
        {
            return;
        }

        var type = (request.Type, decision.Outcome) switch
        {
            (RequestType.Dis, DecisionOutcome.Granted) => SppIsFormType.DisGrant,
            (RequestType.Dis, _) => SppIsFormType.DisRefusal,
            _ => SppIsFormType.Loi65AB,
        };
        if (!(lately && i % 20 == 7))
        {
            var form = new SppIsForm(BenchHost.Tenant, request.CaseId, request.Id, at, "bench", decision.Id, type, LegalDeadlines.DisFormDue(decision.DecidedOn),
                $"{request.Id:N}-{type}", "{}");
            form.MarkSent($"F{request.Id:N}", at);
            if (lately && i % 50 == 9)
            {
                form.RecordAnswer(SppIsFormStatus.Refused, [new SppIsAnswerReason("R12", "Période incohérente")], at.AddDays(3));
            }

            db.Add(form);
        }

        if (decision.Outcome == DecisionOutcome.Granted && !(lately && i % 20 == 3))
        {
            var a036 = new SppIsForm(BenchHost.Tenant, request.CaseId, request.Id, at, "bench", decision.Id, SppIsFormType.A036Create,
                LegalDeadlines.A036Due(decision.DecidedOn), $"{request.Id:N}-a036", "{}");
            a036.MarkSent($"A{request.Id:N}", at);
            db.Add(a036);
        }
    }

    private static void AddWorkflow(PrimaWebDbContext db, Request request, int i, int index)
    {
        var created = At(request.ReceivedOn);
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = request.Type == RequestType.Dis ? "dis" : "equivalent-ris",
            DefinitionVersion = 1,
            Status = index == 0 ? WorkflowStatus.Completed : WorkflowStatus.Suspended,
            TenantId = BenchHost.Tenant,
            CorrelationKey = request.Id.ToString(),
            CreatedAt = created,
            UpdatedAt = created,
        };
        db.Add(instance);
        request.AttachWorkflow(instance.Id);
        if (index == 1 && i % 250 == 3)
        {
            db.Add(new Incident
            {
                Id = Guid.CreateVersion7(),
                InstanceId = instance.Id,
                DefinitionId = instance.DefinitionId,
                ActivityId = "consultRegister",
                ActivityType = "Bcss.Consult",
                Error = "ServiceUnavailableException: the service did not answer",
                Attempts = 3,
                Status = IncidentStatus.Open,
                CreatedAt = created.AddHours(1),
            });
        }
    }

    // Nine tasks done over the two requests' history and one open on the recent request, as a running case has.
    private void AddTasks(PrimaWebDbContext db, Case @case, Request old, Request recent, int i)
    {
        for (var n = 0; n < 10; n++)
        {
            var request = n < 6 ? old : recent;
            var open = n == 9;

            // The open task arose lately (after any SPP-IS answer); about half of them are past their due date.
            var created = open ? At(today.AddDays(-(i % 20))) : At(request.ReceivedOn.AddDays(n % 6));
            db.Add(new HumanTask
            {
                Id = Guid.CreateVersion7(),
                InstanceId = request.WorkflowInstanceId!.Value,
                BookmarkId = Guid.NewGuid(),
                ActivityId = $"step{n}",
                TaskType = open && recent.Status == RequestStatus.SubmittedToCouncil ? "council-decision" : $"task-{n}",
                Title = "Tâche",
                TenantId = BenchHost.Tenant,
                CaseId = @case.Id.ToString(),
                RequestId = request.Id.ToString(),
                CandidateRole = "SocialWorker",
                Assignee = open && i % 10 >= 3 ? @case.SocialWorkerId : open ? null : @case.SocialWorkerId,
                DueAt = created.AddDays(10),
                Status = open ? (i % 3 == 0 ? HumanTaskStatus.Claimed : HumanTaskStatus.Open) : HumanTaskStatus.Completed,
                CreatedAt = created,
                CompletedAt = open ? null : created.AddDays(2),
                CompletedBy = open ? null : @case.SocialWorkerId,
            });
        }
    }

    // Names take letters only: the number written in base 26.
    private static string Letters(int i)
    {
        var letters = new System.Text.StringBuilder();
        do
        {
            letters.Insert(0, (char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);
        return letters.ToString();
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    // Born 1950 onwards, 998 serial numbers a day: distinct, valid NISS.
    private static Niss NissOf(int i)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(i / 998);
        var firstNine = long.Parse(string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{i % 998 + 1:000}"), CultureInfo.InvariantCulture);
        return Niss.Parse(string.Create(CultureInfo.InvariantCulture, $"{firstNine:000000000}{Niss.CheckDigits(firstNine, 1900):00}"), CultureInfo.InvariantCulture);
    }
}
