using PrimaWeb.Workflows.Designer.Contract;

namespace PrimaWeb.Workflows.Designer.Texts;

/// <summary>How the designer words the engine's codes: errors, statuses and refusals, from the host's texts.</summary>
public static class DesignerWording
{
    /// <summary>An error of a definition in the user's language: what is wrong, and where (its JSON path).</summary>
    public static string Error(IDesignerText text, DefinitionErrorDto error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        return text.Format("Designer_ErrorAt", text[$"DefinitionError_{error.Code}"], error.Path);
    }

    /// <summary>A request type's name in the user's language; the name its file gives when the host words it not.</summary>
    public static string DefinitionName(IDesignerText text, string definitionId, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Or($"Designer_Definition_{definitionId}", fileName);
    }

    /// <summary>
    /// A step's label in the user's language. The published definitions label their steps in English (the file's
    /// language); the host words each such label in French and Dutch under <see cref="StepLabelKey"/>. A label an
    /// analyst types shows as typed.
    /// </summary>
    public static string StepLabel(IDesignerText text, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(label);
        return text.Or(StepLabelKey(label), label);
    }

    /// <summary>The key of a label's words: "Calculate the RIS" is <c>StepLabel_Calculate_the_RIS</c>.</summary>
    public static string StepLabelKey(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var words = new System.Text.StringBuilder("StepLabel_");
        var gap = false;
        foreach (var c in label.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (gap && words.Length > "StepLabel_".Length)
                {
                    words.Append('_');
                }

                words.Append(c);
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return words.ToString();
    }

    public static string Status(IDesignerText text, string status)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Designer_Status_{status}"];
    }

    /// <summary>A refusal of the designer's service, in the user's language.</summary>
    public static string Refusal(IDesignerText text, DesignRefusalException refusal)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(refusal);
        return text[$"Refusal_{refusal.Code}"];
    }
}
