namespace PrimaWeb.Workflows.Engine.Expressions;

/// <summary>What a piece of Liquid produces.</summary>
public enum ExpressionKind
{
    /// <summary>A value: <c>amount | times: 2</c>.</summary>
    Value = 0,

    /// <summary>A truth value, written as in an <c>if</c> tag: <c>amount &gt; 100 and married</c>.</summary>
    Condition = 1,

    /// <summary>A text with placeholders: <c>Dossier {{ caseId }}</c>.</summary>
    Template = 2,
}
