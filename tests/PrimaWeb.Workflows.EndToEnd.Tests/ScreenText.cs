namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>What a screen for a social worker must never show: JSON, or the English a missing translation falls back to.</summary>
internal static class ScreenText
{
    // The neutral (English) texts of the cards, the calculation and the decision summary, and the enum names behind them.
    private static readonly string[] Technical =
    [
        "{", "}", "Another federal service", "National Register: identity", "Civil status", "Birth date", "Insured as", "Health insurance fund",
        "Household in the National Register", "Legal basis", "per month", "for the period", "whole month", "days out of",
        "What the decision rests on", "Social report", "Proposal of the social worker", "Earlier decisions", "No earlier decision",
        "FamilyWithDependants", "Isolated", "Granted", "OCMWCPAS", "Service_", "Card_", "Calc_", "Summary_",
    ];

    public static void ShouldBePlainWords(this string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Technical.Where(word => text.Contains(word, StringComparison.Ordinal)).ShouldBeEmpty($"shown on the screen: {text}");
    }
}
