namespace PrimaWeb.Workflows.Designer.Texts;

/// <summary>
/// The designer's words in the user's language. The host keeps them with its other texts (its resources, fr, nl, en),
/// under the keys the designer names; a key the host lacks shows as the key, which a resources test prevents.
/// </summary>
public interface IDesignerText
{
    string this[string key] { get; }

    /// <summary>The text of <paramref name="key"/>, or <paramref name="fallback"/> when the host has none (a request type added by a file).</summary>
    string Or(string key, string fallback);

    /// <summary>The text of <paramref name="key"/> with its placeholders ({0} …) filled.</summary>
    string Format(string key, params object?[] arguments);
}
