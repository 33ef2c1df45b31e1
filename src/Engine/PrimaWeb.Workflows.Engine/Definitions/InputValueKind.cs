namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>The three ways to give an input a value.</summary>
public enum InputValueKind
{
    Literal = 0,
    Expression = 1,
    Template = 2,
}
