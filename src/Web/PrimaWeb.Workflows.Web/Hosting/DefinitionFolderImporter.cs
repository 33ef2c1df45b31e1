using System.Globalization;
using System.Text.RegularExpressions;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Imports every published definition file (<c>&lt;definition-id&gt;/v&lt;n&gt;.json</c>) of the definitions folder through
/// <see cref="DefinitionCatalog"/>. Idempotent: a version already stored with the same text is left alone. A file whose
/// published version is stored with other text, an invalid file, or a file whose id or version disagrees with its
/// path stops the start with an error naming the file. Drafts are left to the designer (importing them at each start
/// would overwrite an analyst's edits).
/// </summary>
internal sealed partial class DefinitionFolderImporter(DefinitionFolder folder, DefinitionCatalog catalog, ILogger<DefinitionFolderImporter> logger)
{
    public async Task<IReadOnlyList<string>> ImportAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder.Path))
        {
            throw new DirectoryNotFoundException($"The workflow definitions folder '{folder.Path}' does not exist (setting {WorkflowEngineFeature.DefinitionsPathKey}).");
        }

        var imported = new List<string>();
        foreach (var (name, path, version) in DefinitionFiles())
        {
            var json = await File.ReadAllTextAsync(path, cancellationToken);
            var definition = Read(name, json);
            if (definition.DefinitionId != Path.GetFileName(Path.GetDirectoryName(path)) || definition.Version != version)
            {
                throw new InvalidOperationException(
                    $"{name}: the file declares {definition.DefinitionId} v{definition.Version}; it must be stored as definitions/{definition.DefinitionId}/v{definition.Version}.json.");
            }

            if (definition.Status == DefinitionStatus.Draft)
            {
                LogSkippedDraft(logger, name);
                continue;
            }

            try
            {
                await catalog.ImportAsync(json, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidOperationException or DefinitionException)
            {
                throw new InvalidOperationException($"{name}: {ex.Message}", ex);
            }

            imported.Add(name);
        }

        LogImported(logger, imported.Count, folder.Path);
        return imported;
    }

    private IEnumerable<(string Name, string Path, int Version)> DefinitionFiles() =>
        Directory.GetDirectories(folder.Path)
            .SelectMany(directory => Directory.GetFiles(directory, "v*.json"))
            .Select(path => (Path: path, Match: VersionFile().Match(Path.GetFileName(path))))
            .Where(file => file.Match.Success)
            .Select(file => (
                Name: $"definitions/{Path.GetFileName(Path.GetDirectoryName(file.Path))}/{Path.GetFileName(file.Path)}",
                file.Path,
                Version: int.Parse(file.Match.Groups[1].Value, CultureInfo.InvariantCulture)))
            .OrderBy(file => Path.GetDirectoryName(file.Path), StringComparer.Ordinal)
            .ThenBy(file => file.Version);

    private static WorkflowDefinition Read(string name, string json)
    {
        try
        {
            return DefinitionReader.ReadOrThrow(json);
        }
        catch (DefinitionException ex)
        {
            throw new InvalidOperationException($"{name}: {ex.Message}", ex);
        }
    }

    [GeneratedRegex(@"^v([1-9][0-9]{0,8})\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionFile();

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} published workflow definition file(s) from {Folder} (already stored ones unchanged).")]
    private static partial void LogImported(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} is a draft: not imported at start-up.")]
    private static partial void LogSkippedDraft(ILogger logger, string file);
}
