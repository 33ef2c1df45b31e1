using Fluid;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>A parsed and validated letter template, ready to render; made only by <see cref="LetterRenderer.Compile"/>.</summary>
public sealed class LetterTemplate
{
    internal LetterTemplate(string name, IFluidTemplate fluid)
    {
        Name = name;
        Fluid = fluid;
    }

    /// <summary>The template's name as given when compiled, usually its file name (<c>dis-decision.fr.liquid</c>).</summary>
    public string Name { get; }

    internal IFluidTemplate Fluid { get; }
}
