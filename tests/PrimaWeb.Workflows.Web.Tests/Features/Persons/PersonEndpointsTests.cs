using System.Net;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Tests.Features.Persons;

public sealed class PersonEndpointsTests : IDisposable
{
    private const string Thomas = "85073003328";
    private readonly PrimaWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task FindByNiss_PersonOfTheCpas_AnswersTheCpasPerson()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, person) = await namur.GetAsync("/api/persons?niss=85.07.30-033.28");

        status.ShouldBe(HttpStatusCode.OK);
        person.GetProperty("source").GetString().ShouldBe("Cpas");
        person.GetProperty("niss").GetString().ShouldBe(Thomas);
        person.GetProperty("lastName").GetString().ShouldBe("Martin");
        person.GetProperty("birthDate").GetString().ShouldBe("1985-07-30");
    }

    [Fact]
    public async Task FindByNiss_PersonUnknownToTheCpas_AnswersTheNationalRegistersPerson()
    {
        var citizen = SimulatedPersons.Adults[0];
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, person) = await namur.GetAsync($"/api/persons?niss={citizen.Niss}");

        status.ShouldBe(HttpStatusCode.OK);
        person.GetProperty("source").GetString().ShouldBe("NationalRegister");
        person.GetProperty("id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        person.GetProperty("lastName").GetString().ShouldBe(citizen.Name.LastName);
        person.GetProperty("birthDate").GetString().ShouldBe(citizen.BirthDate.ToString());
    }

    [Fact]
    public async Task FindByNiss_AnotherCpasPerson_IsNotAnsweredFromThatCpasFiles()
    {
        using var gent = await ApiSession.SignInAsync(_app, "gent-social-worker");

        var (status, person) = await gent.GetAsync($"/api/persons?niss={Thomas}");

        // Gent does not know Thomas: it never sees Namur's file of him, only what the National Register (where the demo
        // persons live, as real persons do) answers any CPAS.
        status.ShouldBe(HttpStatusCode.OK);
        person.GetProperty("source").GetString().ShouldBe("NationalRegister");
        person.GetProperty("id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task FindByNiss_NumberNoRegisterKnows_IsNotFound()
    {
        using var gent = await ApiSession.SignInAsync(_app, "gent-social-worker");

        var (status, _) = await gent.GetAsync("/api/persons?niss=45010198435");

        status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FindByNiss_InvalidNiss_Answers400NamingTheField()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, problem) = await namur.GetAsync("/api/persons?niss=85073003329");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("codes").GetProperty("niss")[0].GetString().ShouldBe("NissInvalid");
    }

    [Fact]
    public async Task FindByNiss_InvalidNissInDutch_SaysSoInDutch()
    {
        using var gent = await ApiSession.SignInAsync(_app, "gent-social-worker", "nl-BE");

        var (status, problem) = await gent.GetAsync("/api/persons?niss=85073003329");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("niss")[0].GetString().ShouldBe("'85073003329' is geen geldig INSZ.");
    }

    [Fact]
    public async Task Search_SpellingVariant_FindsTheCpasPersonFirstThenTheRegisters()
    {
        var citizen = SimulatedPersons.Adults[1];
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (ownStatus, own) = await namur.GetAsync("/api/persons/search?lastName=Marten&birthDate=1985-07-30");
        var (registerStatus, register) = await namur.GetAsync(
            $"/api/persons/search?lastName={Uri.EscapeDataString(citizen.Name.LastName)}&birthDate={citizen.BirthDate}");

        ownStatus.ShouldBe(HttpStatusCode.OK);
        var first = own.GetProperty("persons")[0];
        first.GetProperty("niss").GetString().ShouldBe(Thomas);
        first.GetProperty("source").GetString().ShouldBe("Cpas");
        registerStatus.ShouldBe(HttpStatusCode.OK);
        register.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("niss").GetString()).ShouldContain(citizen.Niss.ToString());
    }

    [Fact]
    public async Task Search_BirthYearOnly_FindsTheCpasPersonBornThatYear()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, found) = await namur.GetAsync("/api/persons/search?lastName=Lefevre&birthDate=1990-00-00");

        status.ShouldBe(HttpStatusCode.OK);
        var julie = found.GetProperty("persons")[0];
        julie.GetProperty("niss").GetString().ShouldBe("90021514647");
        julie.GetProperty("source").GetString().ShouldBe("Cpas");
        found.GetProperty("registerMessage").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Search_AnotherCpasUser_DoesNotFindTheCpasPersons()
    {
        using var gent = await ApiSession.SignInAsync(_app, "gent-social-worker");

        var (status, found) = await gent.GetAsync("/api/persons/search?lastName=Martin&birthDate=1985-07-30");

        status.ShouldBe(HttpStatusCode.OK);
        found.GetProperty("persons").EnumerateArray().ShouldAllBe(p => p.GetProperty("source").GetString() != "Cpas");
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheCaseWorkEndpointsWithExamples()
    {
        using var client = _app.CreateClient();

        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/persons", "/api/persons/search", "/api/persons/bis", "/api/cases", "/api/cases/{caseId}", "/api/cases/{caseId}/household/de-facto",
            "/api/cases/{caseId}/requests", "/api/tasks", "/api/tasks/{taskId}/claim", "/api/tasks/{taskId}/release", "/api/tasks/{taskId}/complete",
            "/api/cases/{caseId}/file", "/api/cases/{caseId}/letters/{letterId}",
        })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        var bis = paths.GetProperty("/api/persons/bis").GetProperty("post");
        bis.GetProperty("summary").GetString()!.ShouldContain("BIS");
        bis.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("lastName").GetString().ShouldBe("Haddad");
    }

    [Fact]
    public async Task Search_MissingAndInvalidFields_Answers400NamingEach()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, problem) = await namur.GetAsync("/api/persons/search?birthDate=1985-13-40&tolerance=11");

        status.ShouldBe(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("lastName", out _).ShouldBeTrue();
        errors.TryGetProperty("birthDate", out _).ShouldBeTrue();
        errors.TryGetProperty("tolerance", out _).ShouldBeTrue();
        var codes = problem.GetProperty("codes");
        codes.GetProperty("lastName")[0].GetString().ShouldBe("Required");
        codes.GetProperty("birthDate")[0].GetString().ShouldBe("BirthDateFormat");
        codes.GetProperty("tolerance")[0].GetString().ShouldBe("Max");
    }

    [Fact]
    public async Task CreateBis_NewPerson_Answers201AndTheCpasKnowsThePerson()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, person) = await namur.PostAsync("/api/persons/bis", new JsonObject
        {
            ["lastName"] = "Haddad",
            ["firstName"] = "Samir",
            ["birthDate"] = "1990-00-00",
            ["gender"] = "Male",
            ["nationalityCode"] = 111,
            ["language"] = "Fr",
        });
        var (foundStatus, found) = await namur.GetAsync($"/api/persons?niss={person.GetProperty("niss").GetString()}");

        status.ShouldBe(HttpStatusCode.Created);
        person.GetProperty("source").GetString().ShouldBe("Cpas");
        foundStatus.ShouldBe(HttpStatusCode.OK);
        found.GetProperty("source").GetString().ShouldBe("Cpas");
        found.GetProperty("lastName").GetString().ShouldBe("Haddad");
        found.GetProperty("birthDate").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task CreateBis_InvalidInput_Answers400NamingEachField()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, problem) = await namur.PostAsync("/api/persons/bis", new JsonObject
        {
            ["lastName"] = "Hadd4d",
            ["birthDate"] = "1990-13-00",
            ["gender"] = "Other",
        });

        status.ShouldBe(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "lastName", "firstName", "birthDate", "gender", "nationalityCode" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }
    }

    [Theory]
    [InlineData(null, "Date de naissance : le 01/05/2099 est dans le futur")]
    [InlineData("nl-BE", "Geboortedatum: 01/05/2099 ligt in de toekomst")]
    public async Task CreateBis_BirthDateIn2099_Answers400NamingTheBirthDate_AsTheFormSays(string? culture, string message)
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker", culture);

        var (status, problem) = await namur.PostAsync("/api/persons/bis", new JsonObject
        {
            ["lastName"] = "Haddad",
            ["firstName"] = "Samir",
            ["birthDate"] = "2099-05-00",
            ["gender"] = "Male",
            ["nationalityCode"] = 111,
        });

        status.ShouldBe(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["birthDate"]);
        errors.GetProperty("birthDate")[0].GetString()!.ShouldStartWith(message);
    }
}
