using PrimaWeb.Workflows.Data.CaseFiles;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>A letter as a file the browser saves: the HTML the templates produced, in a data URI (no extra endpoint to authorise).</summary>
public static class LetterDownload
{
    public static string DataUri(NotificationLetterView letter) => "data:text/html;charset=utf-8," + Uri.EscapeDataString(letter.Content);

    public static string FileName(NotificationLetterView letter) =>
        $"{letter.Template}-{letter.Language.ToString().ToLowerInvariant()}-{letter.DueOn:yyyy-MM-dd}.html";
}
