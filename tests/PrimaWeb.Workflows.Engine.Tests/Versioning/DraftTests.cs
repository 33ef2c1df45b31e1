using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Tests.Support;
using PrimaWeb.Workflows.Engine.Versioning;
using static PrimaWeb.Workflows.Engine.Tests.Support.VersionedDefinitions;

namespace PrimaWeb.Workflows.Engine.Tests.Versioning;

public sealed class DraftTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreateDraftAsync_FromAPublishedVersion_NumbersItAfterTheHighestAndAuditsIt()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.ImportAsync(Version(2, "2026-06-01"));
        engine.Clock.Advance(TimeSpan.FromMinutes(1));

        var draft = await engine.Catalog(c => c.CreateDraftAsync("aid", 1, "anne.analyst", None));

        draft.Version.ShouldBe(3);
        draft.Status.ShouldBe(DefinitionStatus.Draft);
        draft.Revision.ShouldBe(1);
        var read = DefinitionReader.ReadOrThrow(draft.Json);
        read.Version.ShouldBe(3);
        read.Status.ShouldBe(DefinitionStatus.Draft);
        read.FindActivity("visit")!.Inputs["label"]!.GetValue<string>().ShouldBe("v1");
        var events = await engine.Store(s => s.ListDefinitionEventsAsync("aid", None));
        events[0].Kind.ShouldBe(DefinitionEventKind.DraftCreated);
        events[0].Actor.ShouldBe("anne.analyst");
        events[0].Detail.ShouldBe("from v1");
    }

    [Fact]
    public async Task SaveDraftAsync_StaleRevision_IsRefusedAndKeepsTheText()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        var draft = await engine.Catalog(c => c.CreateDraftAsync("aid", 1, "anne", None));
        var first = await engine.Catalog(c => c.SaveDraftAsync("aid", 2, Version(2, "2026-09-01", status: "draft", label: "first"), 1, None));

        var refusal = await Should.ThrowAsync<DefinitionCatalogException>(
            () => engine.Catalog(c => c.SaveDraftAsync("aid", 2, Version(2, "2026-09-01", status: "draft", label: "second"), 1, None)));

        refusal.Reason.ShouldBe(CatalogRefusal.StaleRevision);
        first.Revision.ShouldBe(2);
        var stored = await engine.Catalog(c => c.FindStoredAsync("aid", 2, None));
        stored!.Json.ShouldContain("\"label\": \"first\"");
        stored.Revision.ShouldBe(2);
    }

    [Fact]
    public async Task SaveDraftAsync_UnreadableOrRenamedText_ReportsTheJsonPaths()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.Catalog(c => c.CreateDraftAsync("aid", 1, "anne", None));

        var unreadable = await Should.ThrowAsync<DefinitionException>(
            () => engine.Catalog(c => c.SaveDraftAsync("aid", 2, """{ "definitionId": "aid", "version": 2, "effectiveFrom": "2026-13-01", "activities": [] }""", 1, None)));
        var renamed = await Should.ThrowAsync<DefinitionException>(
            () => engine.Catalog(c => c.SaveDraftAsync("aid", 2, Version(3, "2026-09-01", status: "draft"), 1, None)));

        unreadable.Errors.Select(e => e.Path).ShouldBe(["$.name", "$.effectiveFrom"], ignoreOrder: true);
        renamed.Errors.ShouldHaveSingleItem().Path.ShouldBe("$.version");
    }

    [Fact]
    public async Task SaveDraftAsync_InvalidGraph_IsSavedSoTheAnalystCanFixItLater()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.Catalog(c => c.CreateDraftAsync("aid", 1, "anne", None));
        var broken = Version(2, "2026-09-01", status: "draft").Replace("""{ "from": "visit", "to": "end" }""", """{ "from": "visit", "to": "nowhere" }""", StringComparison.Ordinal);

        await engine.Catalog(c => c.SaveDraftAsync("aid", 2, broken, 1, None));

        var stored = await engine.Catalog(c => c.GetAsync("aid", 2, None));
        engine.Validate(stored).ShouldContain(e => e.Code == DefinitionErrorCode.DanglingConnection && e.Path == "$.connections[2].to");
        await Should.ThrowAsync<DefinitionException>(() => engine.Catalog(c => c.PublishAsync("aid", 2, new DateOnly(2026, 9, 1), "anne", None)));
    }

    [Fact]
    public async Task PublishAsync_WithADate_StoresTheFileFormInForceFromThatDateAndAuditsIt()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.Catalog(c => c.CreateDraftAsync("aid", 1, "anne", None));

        await engine.Catalog(c => c.PublishAsync("aid", 2, new DateOnly(2026, 9, 1), "anne", None));

        var stored = await engine.Catalog(c => c.FindStoredAsync("aid", 2, None));
        stored!.Status.ShouldBe(DefinitionStatus.Published);
        stored.EffectiveFrom.ShouldBe(new DateOnly(2026, 9, 1));
        var read = DefinitionReader.ReadOrThrow(stored.Json);
        read.Status.ShouldBe(DefinitionStatus.Published);
        read.EffectiveFrom.ShouldBe(new DateOnly(2026, 9, 1));
        stored.Json.ShouldBe(DefinitionJson.Write(read));
        (await engine.Catalog(c => c.SelectAsync("aid", new DateOnly(2026, 8, 31), None))).Version.ShouldBe(1);
        (await engine.Catalog(c => c.SelectAsync("aid", new DateOnly(2026, 9, 1), None))).Version.ShouldBe(2);
        var published = (await engine.Store(s => s.ListDefinitionEventsAsync("aid", None))).First(e => e.Kind == DefinitionEventKind.Published);
        published.Actor.ShouldBe("anne");
        published.Detail.ShouldBe("in force from 2026-09-01");
        published.At.ShouldBe(engine.Clock.GetUtcNow());
    }

    [Fact]
    public async Task ImportAsync_TheExportOfAPublishedDraft_FindsItUnchanged()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.Catalog(c => c.CreateDraftAsync("aid", 1, "anne", None));
        await engine.Catalog(c => c.PublishAsync("aid", 2, new DateOnly(2026, 9, 1), "anne", None));
        var exported = (await engine.Catalog(c => c.FindStoredAsync("aid", 2, None)))!.Json;

        await engine.ImportAsync(exported);

        (await engine.Catalog(c => c.FindStoredAsync("aid", 2, None)))!.Json.ShouldBe(exported);
    }

    [Fact]
    public async Task SaveDraftAsync_OfAPublishedVersion_IsRefused()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));

        var refusal = await Should.ThrowAsync<DefinitionCatalogException>(
            () => engine.Catalog(c => c.SaveDraftAsync("aid", 1, Version(1, "2026-01-01", label: "edited"), 0, None)));

        refusal.Reason.ShouldBe(CatalogRefusal.WrongStatus);
    }

    [Fact]
    public async Task RetireAsync_WithAnActor_IsAudited()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        engine.Clock.Advance(TimeSpan.FromMinutes(1));

        await engine.Catalog(async c => { await c.RetireAsync("aid", 1, "anne", None); return 0; });

        var retired = (await engine.Store(s => s.ListDefinitionEventsAsync("aid", None)))[0];
        retired.Kind.ShouldBe(DefinitionEventKind.Retired);
        retired.Actor.ShouldBe("anne");
    }
}
