using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Letters;

namespace PrimaWeb.Workflows.Activities.Tests.Letters;

public sealed class LetterTemplateLoaderTests : IDisposable
{
    private const string Valid = "<p>{{ recipient.full_name }}</p>";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("letters-");
    private readonly LetterTemplateLoader loader = new(new LetterRenderer());

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Load_RepositoryTemplates_AllParseAndValidate()
    {
        var files = Directory.GetFiles(LetterTestData.LettersFolder(), "*.liquid");

        var templates = loader.Load(LetterTestData.LettersFolder());

        files.Length.ShouldBeGreaterThanOrEqualTo(4);
        (templates.Kinds.Count * 2).ShouldBe(files.Length);
    }

    [Fact]
    public void Load_BrokenTemplates_ReportsEveryFileWithLine()
    {
        Write("dis-decision.fr.liquid", "<p>\n{% if amount %}\n<p>sans fin</p>");
        Write("dis-decision.nl.liquid", "<p>\n\n{{ recipient.naam }}</p>");

        var exception = Should.Throw<LetterTemplateException>(() => loader.Load(folder.FullName));

        exception.Errors.Count.ShouldBe(2);
        exception.Errors[0].Template.ShouldBe("dis-decision.fr.liquid");
        exception.Errors[0].Line.ShouldBe(3);
        exception.Errors[1].ShouldBe(exception.Errors[1] with { Template = "dis-decision.nl.liquid", Line = 3, Column = 4 });
        exception.Message.ShouldContain("dis-decision.nl.liquid(3,4): Unknown field 'recipient.naam'", Case.Sensitive);
    }

    [Fact]
    public void Load_KindMissingALanguage_IsRefused()
    {
        Write("dis-decision.fr.liquid", Valid);

        var exception = Should.Throw<LetterTemplateException>(() => loader.Load(folder.FullName));

        exception.Errors.ShouldHaveSingleItem().Message.ShouldContain("add dis-decision.nl.liquid", Case.Sensitive);
    }

    [Theory]
    [InlineData("dis-decision.liquid")]
    [InlineData("dis-decision.de.liquid")]
    [InlineData("dis.decision.fr.liquid")]
    public void Load_BadFileName_IsRefused(string file)
    {
        Write(file, Valid);

        var exception = Should.Throw<LetterTemplateException>(() => loader.Load(folder.FullName));

        exception.Errors.ShouldHaveSingleItem().ShouldBe(new LetterTemplateError(file, 1, 1, "The file name must be <kind>.<fr|nl>.liquid, e.g. dis-decision.fr.liquid."));
    }

    [Fact]
    public void Load_EmptyFolder_IsRefused()
    {
        Should.Throw<LetterTemplateException>(() => loader.Load(folder.FullName)).Errors.ShouldHaveSingleItem().Message.ShouldContain("no .liquid template", Case.Sensitive);
    }

    [Fact]
    public void AddLetterTemplates_RepositoryFolder_RegistersRendererAndTemplatesAsSingletons()
    {
        var services = new ServiceCollection();

        services.AddLetterTemplates(LetterTestData.LettersFolder());

        services.ShouldContain(d => d.ServiceType == typeof(LetterTemplates) && d.Lifetime == ServiceLifetime.Singleton && d.ImplementationInstance != null);
        services.ShouldContain(d => d.ServiceType == typeof(LetterRenderer) && d.Lifetime == ServiceLifetime.Singleton);
    }

    [Fact]
    public void AddLetterTemplates_BrokenTemplate_FailsAtRegistration()
    {
        Write("dis-decision.fr.liquid", "{{ nothing_here }}");
        Write("dis-decision.nl.liquid", Valid);

        Should.Throw<LetterTemplateException>(() => new ServiceCollection().AddLetterTemplates(folder.FullName));
    }

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(folder.FullName, file), text);
}
