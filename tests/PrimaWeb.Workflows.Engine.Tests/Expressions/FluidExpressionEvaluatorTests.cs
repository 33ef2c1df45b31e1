using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.Expressions;

namespace PrimaWeb.Workflows.Engine.Tests.Expressions;

public sealed class FluidExpressionEvaluatorTests
{
    private static readonly JsonObject Scope = new()
    {
        ["amount"] = 1250.5m,
        ["name"] = "Dupont",
        ["household"] = new JsonObject { ["persons"] = 3, ["members"] = new JsonArray("a", "b", "c") },
    };

    private readonly FluidExpressionEvaluator _evaluator = new(new ExpressionLimits { MaxSteps = 500 }, new FakeTimeProvider());

    [Theory]
    [InlineData("amount > 1000", true)]
    [InlineData("amount > 1000 and household.persons == 2", false)]
    [InlineData("name == 'Dupont'", true)]
    [InlineData("missing == nil", true)]
    public async Task EvaluateAsync_Condition_ReturnsItsTruth(string source, bool expected)
    {
        var result = await _evaluator.EvaluateAsync(source, ExpressionKind.Condition, Scope, CancellationToken.None);

        result!.GetValue<bool>().ShouldBe(expected);
    }

    [Fact]
    public async Task EvaluateAsync_ValueOfNumberFilter_ReturnsANumber()
    {
        var result = await _evaluator.EvaluateAsync("amount | times: 2", ExpressionKind.Value, Scope, CancellationToken.None);

        result!.GetValue<decimal>().ShouldBe(2501m);
    }

    [Fact]
    public async Task EvaluateAsync_ValueOfString_ReturnsTheString()
    {
        var result = await _evaluator.EvaluateAsync("name", ExpressionKind.Value, Scope, CancellationToken.None);

        result!.GetValue<string>().ShouldBe("Dupont");
    }

    [Fact]
    public async Task EvaluateAsync_ValueOfArray_ReturnsAnArray()
    {
        var result = await _evaluator.EvaluateAsync("household.members", ExpressionKind.Value, Scope, CancellationToken.None);

        result!.ToJsonString().ShouldBe("""["a","b","c"]""");
    }

    [Fact]
    public async Task EvaluateAsync_Template_RendersText()
    {
        var result = await _evaluator.EvaluateAsync("M. {{ name }} ({{ household.persons }})", ExpressionKind.Template, Scope, CancellationToken.None);

        result!.GetValue<string>().ShouldBe("M. Dupont (3)");
    }

    [Fact]
    public async Task EvaluateAsync_LoopBeyondMaxSteps_IsStopped()
    {
        var error = await Should.ThrowAsync<ExpressionException>(async () =>
            await _evaluator.EvaluateAsync("{% for i in (1..100000) %}{% endfor %}", ExpressionKind.Template, Scope, CancellationToken.None));

        error.Message.ShouldContain("failed");
    }

    [Fact]
    public async Task EvaluateAsync_DeadlinePassed_IsStopped()
    {
        var evaluator = new FluidExpressionEvaluator(new ExpressionLimits { Timeout = TimeSpan.Zero }, new FakeTimeProvider());

        var error = await Should.ThrowAsync<ExpressionException>(async () =>
            await evaluator.EvaluateAsync("{% for i in (1..100) %}x{% endfor %}", ExpressionKind.Template, Scope, CancellationToken.None));

        error.Message.ShouldContain("time limit");
    }

    [Fact]
    public async Task EvaluateAsync_OutputBeyondLimit_IsStopped()
    {
        var evaluator = new FluidExpressionEvaluator(new ExpressionLimits { MaxOutputLength = 50 }, new FakeTimeProvider());

        var error = await Should.ThrowAsync<ExpressionException>(async () =>
            await evaluator.EvaluateAsync("{% for i in (1..100) %}xx{% endfor %}", ExpressionKind.Template, Scope, CancellationToken.None));

        error.Message.ShouldContain("50 characters");
    }

    [Theory]
    [InlineData("amount >", ExpressionKind.Condition)]
    [InlineData("true %}{% for i in (1..9) %}", ExpressionKind.Condition)]
    [InlineData("", ExpressionKind.Value)]
    [InlineData("{% if %}", ExpressionKind.Template)]
    public void TryParse_Invalid_ReturnsAMessage(string source, ExpressionKind kind)
    {
        _evaluator.TryParse(source, kind).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("amount > 3 or name contains 'x'", ExpressionKind.Condition)]
    [InlineData("amount | plus: 1", ExpressionKind.Value)]
    [InlineData("Hello {{ name | upcase }}", ExpressionKind.Template)]
    public void TryParse_Valid_ReturnsNull(string source, ExpressionKind kind)
    {
        _evaluator.TryParse(source, kind).ShouldBeNull();
    }
}
