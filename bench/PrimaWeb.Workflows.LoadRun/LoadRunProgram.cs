using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.LoadRun;

/// <summary>
/// Usage: dotnet run -c Release --project bench/PrimaWeb.Workflows.LoadRun -- [clients] [rounds]
/// Each client is a social worker with two DIS requests of their own, waiting at the resources form; every round the
/// client reads the case list, a case, its file and its tasks, and works the task waiting (claim, complete; the
/// manager decides for the Council). Bounded: clients × rounds rounds, then the percentiles per kind of request.
/// </summary>
internal static class LoadRunProgram
{
    public static async Task Main(string[] args)
    {
        var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        const int CasesPerClient = 2;

        // Persons of the simulated National Register no other run or demo case uses (the API tests take the first forty).
        const int FirstPerson = 40;
        if (FirstPerson + (clients * CasesPerClient) > RegisterPersons.Adults.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(args), $"At most {(RegisterPersons.Adults.Count - FirstPerson) / CasesPerClient} clients: the simulated register has {RegisterPersons.Adults.Count} adults.");
        }

        await using var host = new LoadHost();
        host.Start();
        var latencies = new Latencies();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"{clients} clients × {rounds} rounds, {CasesPerClient} DIS requests each, on {host.BaseAddress}");

        // Set-up (not measured): each client's cases and requests, then the workflows' first steps delivered by Hangfire.
        var setup = new Latencies();
        var workers = new List<Session>();
        var managers = new List<Session>();
        var cases = new List<List<Guid>>();
        for (var c = 0; c < clients; c++)
        {
            workers.Add(await Session.SignInAsync(host.BaseAddress, "namur-social-worker", latencies));
            managers.Add(await Session.SignInAsync(host.BaseAddress, "namur-manager", latencies));
            var own = new List<Guid>();
            var opener = await Session.SignInAsync(host.BaseAddress, "namur-social-worker", setup);
            for (var k = 0; k < CasesPerClient; k++)
            {
                var niss = RegisterPersons.Adults[FirstPerson + (c * CasesPerClient) + k].Niss.ToString();
                var opened = await opener.PostAsync("setup", "/api/cases", new JsonObject { ["niss"] = niss })
                    ?? throw new InvalidOperationException($"Could not open a case for {niss}.");
                var caseId = opened.GetProperty("id").GetGuid();
                _ = await opener.PostAsync("setup", $"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = today })
                    ?? throw new InvalidOperationException($"Could not file a DIS request in case {caseId}.");
                own.Add(caseId);
            }

            cases.Add(own);
        }

        var waiting = Stopwatch.StartNew();
        var probe = await Session.SignInAsync(host.BaseAddress, "namur-social-worker", setup);
        while ((await probe.GetAsync("setup", "/api/tasks?view=team&type=record-resources"))?.GetArrayLength() < clients * CasesPerClient)
        {
            if (waiting.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new InvalidOperationException("The resources tasks did not appear within 3 minutes.");
            }

            await Task.Delay(250);
        }

        Console.WriteLine($"set-up: {clients * CasesPerClient} cases and requests, resources tasks after {waiting.Elapsed.TotalSeconds:F1} s");

        // The run: all clients at once.
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => RunClientAsync(workers[c], managers[c], cases[c], c))));
        wall.Stop();

        Console.WriteLine();
        Console.WriteLine(latencies.Table(wall.Elapsed));
        if (latencies.Errors > 0)
        {
            Console.WriteLine("errors:");
            Console.WriteLine(latencies.Failures());
        }

        async Task RunClientAsync(Session worker, Session manager, List<Guid> own, int client)
        {
            for (var round = 0; round < rounds; round++)
            {
                var caseId = own[round % own.Count];
                await worker.GetAsync("GET cases", "/api/cases");
                await worker.GetAsync("GET case", $"/api/cases/{caseId}");
                await worker.GetAsync("GET case file", $"/api/cases/{caseId}/file");
                var tasks = await worker.GetAsync("GET tasks", $"/api/tasks?view=team&caseId={caseId}");
                var councilTasks = await manager.GetAsync("GET tasks", $"/api/tasks?view=team&caseId={caseId}&type=council-decision");
                if (tasks?.EnumerateArray().FirstOrDefault(t => t.GetProperty("type").GetString() is "record-resources" or "social-report") is { ValueKind: JsonValueKind.Object } task)
                {
                    await WorkAsync(worker, task, client, round);
                }
                else if (councilTasks?.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } council)
                {
                    await WorkAsync(manager, council, client, round);
                }
            }
        }

        async Task WorkAsync(Session session, JsonElement task, int client, int round)
        {
            var id = task.GetProperty("id").GetGuid();
            var revision = task.GetProperty("revision").GetInt32();

            // A task for the team is taken first; one already assigned to the case's social worker is worked at once.
            if (task.GetProperty("status").GetString() == "Open")
            {
                var claimed = await session.PostAsync("POST claim", $"/api/tasks/{id}/claim", new JsonObject
                {
                    ["expectedRevision"] = revision,
                    ["operationId"] = $"load-claim-{client}-{round}",
                });
                if (claimed is not { } answer)
                {
                    return;
                }

                revision = answer.GetProperty("revision").GetInt32();
            }

            JsonObject payload = task.GetProperty("type").GetString() switch
            {
                "record-resources" => new() { ["category"] = "Isolated", ["claimantEarnedIncome"] = 600, ["rent"] = 550 },
                "social-report" => new() { ["report"] = "Vit seul, travaille à temps partiel.", ["proposal"] = "Grant" },
                _ => new() { ["decision"] = "Granted", ["decidedOn"] = today },
            };
            await session.PostAsync("POST complete", $"/api/tasks/{id}/complete", new JsonObject
            {
                ["expectedRevision"] = revision,
                ["operationId"] = $"load-complete-{client}-{round}",
                ["payload"] = payload,
            });
        }
    }
}
