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
