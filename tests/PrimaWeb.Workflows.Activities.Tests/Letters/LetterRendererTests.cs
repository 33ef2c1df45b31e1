using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Tests.Letters;

public class LetterRendererTests
{
    private const string Name = "test.fr.liquid";

    private readonly LetterRenderer renderer = new();

    private static LetterModel Grant(Language language = Language.Fr) => LetterModelBuilder.Build(LetterTestData.Grant(language));

    [Fact]
    public async Task RenderAsync_MoneyAndDates_PrintTheBelgianWay()
    {
        var html = await renderer.RenderAsync(Name, "{{ amount.monthly_amount | money }}|{{ amount.lines.first.amount | money }}|{{ decision.decided_on }}", Grant(Language.Nl));

        html.ShouldBe("735,03 €|15.770,41 €|27/02/2025");
    }

    [Fact]
    public async Task RenderAsync_EnumFields_CompareAsSnakeCaseText()
    {
        var html = await renderer.RenderAsync(Name, "{{ decision.outcome }} {{ request.type }} {{ language }}{% if decision.outcome == 'granted' %} yes{% endif %}", Grant());

        html.ShouldBe("granted dis fr yes");
    }

    [Fact]
    public void Compile_SyntaxError_ReportsTemplateLineAndColumn()
    {
        var exception = Should.Throw<LetterTemplateException>(() => renderer.Compile(Name, "<p>Madame,</p>\n<p>{% if decision.motivation %}\n{{ decision.motivation }}</p>"));

        var error = exception.Errors.ShouldHaveSingleItem();
        error.Template.ShouldBe(Name);
        error.Line.ShouldBe(3);
        error.Message.ShouldContain("{% endif %}", Case.Sensitive);
        exception.Message.ShouldContain("test.fr.liquid(3,", Case.Sensitive);
    }

    [Fact]
    public void Validate_UnknownField_ReportsPathLineColumnAndAvailableFields()
    {
        var errors = renderer.Validate(Name, "<p>Madame,</p>\n<p>{{ recipient.full_name }} – {{ recipient.adress.street_line }}</p>");

        var error = errors.ShouldHaveSingleItem();
        error.ShouldBe(error with { Template = Name, Line = 2, Column = 35 });
        error.Message.ShouldContain("'recipient.adress'", Case.Sensitive);
        error.Message.ShouldContain("address, first_name, full_name", Case.Sensitive);
    }

    [Fact]
    public void Validate_UnknownRootField_IsReported()
    {
        var errors = renderer.Validate(Name, "{{ montant }}");

        errors.ShouldHaveSingleItem().Message.ShouldStartWith("Unknown field 'montant'.", Case.Sensitive);
    }

    [Fact]
    public void Validate_UnknownFieldOfLoopVariable_IsReported()
    {
        var errors = renderer.Validate(Name, "{% for line in amount.lines %}\n  {{ line.label }} {{ line.article }}\n{% endfor %}");

        var error = errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(2);
        error.Message.ShouldContain("'line.article'", Case.Sensitive);
    }

    [Fact]
    public void Validate_FieldOfAValue_IsReported()
    {
        var errors = renderer.Validate(Name, "{{ reference.number }}");

        errors.ShouldHaveSingleItem().Message.ShouldContain("'reference' is a single value", Case.Sensitive);
    }

    [Fact]
    public void Validate_AmountWithoutMoneyFilter_IsReported()
    {
        var errors = renderer.Validate(Name, "{% for line in amount.lines %}{{ line.amount }}{% endfor %}");

        errors.ShouldHaveSingleItem().Message.ShouldContain("'line.amount' must be printed through '| money'", Case.Sensitive);
    }

    [Fact]
    public void Validate_UnknownFilter_IsReported()
    {
        var errors = renderer.Validate(Name, "\n{{ reference | euros }}");

        var error = errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(2);
        error.Message.ShouldBe("Unknown filter 'euros'.");
    }

    [Fact]
    public void Validate_Include_IsRefused()
    {
        var errors = renderer.Validate(Name, "{% include 'header' %}");

        errors.ShouldHaveSingleItem().Message.ShouldContain("'include' is not allowed", Case.Sensitive);
    }

    [Fact]
    public void Validate_AssignedVariablesAndListMembers_AreAccepted()
    {
        var errors = renderer.Validate(
            Name,
            "{% assign court = appeal.court %}{{ court.address.city_line }}{{ amount.lines.size }}{% for i in (1..3) %}{{ forloop.index }}{{ i }}{% endfor %}{% capture c %}x{% endcapture %}{{ c }}");

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_EveryFieldDocumentedForAnalysts_IsKnown()
    {
        // The field table of definitions/letters/README.md, written as one template.
        const string Documented = """
            {{ kind }}{{ language }}{{ reference }}{{ letter_date }}
            {{ cpas.name }}{{ cpas.phone }}{{ cpas.email }}{{ cpas.labour_court.name }}
            {% assign a = cpas.address %}{{ a.street }}{{ a.house_number }}{{ a.box }}{{ a.postal_code }}{{ a.municipality }}{{ a.country_code }}{{ a.street_line }}{{ a.city_line }}
            {{ recipient.first_name }}{{ recipient.last_name }}{{ recipient.full_name }}{{ recipient.national_number }}{{ recipient.address.city_line }}{{ recipient.language }}
            {{ request.type }}{{ request.received_on }}
            {{ decision.outcome }}{{ decision.decided_on }}{{ decision.effective_from }}{{ decision.effective_to }}{{ decision.motivation }}
            {{ amount.monthly_amount | money }}{{ amount.category }}{{ amount.from }}{{ amount.to }}
            {% for line in amount.lines %}{{ line.code }}{{ line.label }}{{ line.amount | money }}{{ line.legal_basis }}{{ line.person_name }}{% endfor %}
            {% for basis in legal_basis %}{{ basis }}{% endfor %}
            {{ appeal.court.name }}{{ appeal.court.address.street_line }}{{ appeal.months }}{{ appeal.notified_on }}{{ appeal.deadline }}
            {{ social_worker.name }}{{ social_worker.phone }}{{ social_worker.email }}
            """;

        renderer.Validate(Name, Documented).ShouldBeEmpty();
    }

    [Fact]
    public async Task RenderAsync_RunawayLoop_IsStoppedBySandbox()
    {
        var template = renderer.Compile(Name, "{% for i in (1..1000) %}{% for j in (1..1000) %}{{ j }}{% endfor %}{% endfor %}");

        var exception = await Should.ThrowAsync<LetterRenderException>(() => renderer.RenderAsync(template, Grant()));

        exception.Message.ShouldContain(Name, Case.Sensitive);
        exception.Message.ShouldContain($"{LetterRenderer.MaxSteps} steps", Case.Sensitive);
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}{{ i }}{% endfor %}", "at most 1000 numbers")]
    [InlineData("{% for i in (1..amount.category) %}{{ i }}{% endfor %}", "must be numbers written in the template")]
    public void Validate_RangeTooLargeOrFromFields_IsRefusedBeforeItCanExhaustMemory(string text, string expected)
    {
        var errors = renderer.Validate(Name, text);

        errors.ShouldHaveSingleItem().Message.ShouldContain(expected, Case.Sensitive);
    }

    [Fact]
    public async Task RenderAsync_LongButFiniteLoop_StaysWithinSandbox()
    {
        var html = await renderer.RenderAsync(Name, "{% for i in (1..1000) %}.{% endfor %}", Grant());

        html.Length.ShouldBe(1000);
    }
}
