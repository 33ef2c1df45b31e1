using Bunit;
using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Cases;

public sealed class CaseWorkSectionsTests : ComponentTestContext
{
    private static readonly Guid RequestId = Guid.NewGuid();
    private static readonly Guid DecisionId = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_InFrench_ShowsTheRequestStatusTheDecisionsTermsAndTheFormsAnswer()
    {
        UseLanguage(UiCultures.French);

        var sections = Render<CaseWorkSections>(p => p.Add(s => s.Work, Work()));

        sections.Find("[data-testid=request-status]").TextContent.ShouldBe("acceptée par le SPP-IS");
        var decision = sections.Find("[data-testid=decision-row]").TextContent;
        decision.ShouldContain("octroi");
        decision.ShouldContain("Isolé (cat. 2)");
        decision.ShouldContain("01/11/2026");
        sections.Find("[data-testid=form-status]").TextContent.ShouldBe("accepté");
    }

    [Fact]
    public void Render_Letter_OffersItsHtmlAsADownloadNamedAfterTemplateLanguageAndDueDate()
    {
        UseLanguage(UiCultures.Dutch);

        var sections = Render<CaseWorkSections>(p => p.Add(s => s.Work, Work()));

        var download = sections.Find("[data-testid=letter-download]");
        download.GetAttribute("download").ShouldBe("dis-grant-nl-2026-12-05.html");
        download.GetAttribute("href")!.ShouldStartWith("data:text/html;charset=utf-8,%3Cp%3EBeste");
        download.TextContent.Trim().ShouldBe("Downloaden");
    }

    [Fact]
    public void Click_Preview_HandsTheLetterToThePage()
    {
        UseLanguage(UiCultures.French);
        NotificationLetterView? previewed = null;

        var sections = Render<CaseWorkSections>(p => p.Add(s => s.Work, Work()).Add(s => s.OnPreviewLetter, letter => previewed = letter));
        sections.Find("[data-testid=letter-preview]").Click();

        previewed.ShouldNotBeNull().Template.ShouldBe("dis-grant");
    }

    private static CaseWork Work()
    {
        var terms = new DecisionTerms(RisCategory.Isolated, 1264.53m, new DateOnly(2026, 11, 1));
        var file = new CaseFileView(
            Guid.NewGuid(),
            [],
            [],
            [],
            [],
            [],
            [new DecisionView(DecisionId, RequestId, RequestType.Dis, DecisionOutcome.Granted, new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 1), "Conditions remplies", terms)],
            [new SppIsFormView(Guid.NewGuid(), RequestId, At, "namur-social-worker", DecisionId, SppIsFormType.DisGrant, SppIsFormStatus.Accepted,
                new DateOnly(2026, 12, 27), "F-1", At, At, null, [], "{}")],
            [new NotificationLetterView(Guid.NewGuid(), RequestId, At, "namur-social-worker", DecisionId, "dis-grant", Language.Nl, new DateOnly(2026, 12, 5), "<p>Beste</p>")],
            []);
        return new CaseWork([new CaseRequest(RequestId, RequestType.Dis, new DateOnly(2026, 11, 2), RequestStatus.AcceptedBySppIs, null, [])], file);
    }
}
