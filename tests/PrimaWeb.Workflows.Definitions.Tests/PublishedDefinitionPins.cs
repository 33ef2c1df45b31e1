using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace PrimaWeb.Workflows.Definitions.Tests;

/// <summary>
/// ADR 0105: every published definition file is pinned by its SHA-256 in <c>definitions/published.sha256</c> (the
/// format of <c>sha256sum</c>, paths relative to <c>definitions/</c>), so an edit of a published file — or its removal —
/// is caught and the author told to make a new version instead. Drafts are not pinned: they may change until published.
/// </summary>
internal static class PublishedDefinitionPins
{
    public const string ManifestName = "published.sha256";

    /// <summary>What is wrong, one sentence per file; empty when every published file matches its pin.</summary>
    public static IReadOnlyList<string> Check(string folder)
    {
        var problems = new List<string>();
        var pins = ReadManifest(folder, problems);
        foreach (var (file, pinned) in pins)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                problems.Add($"definitions/{file} is pinned as published but is gone. A published definition is never deleted "
                    + "(ADR 0105): put it back; a later version takes over from its own effectiveFrom.");
                continue;
            }

            var actual = Hash(path);
            if (actual != pinned)
            {
                problems.Add($"definitions/{file} was edited after it was published (pinned SHA-256 {pinned}, now {actual}). "
                    + $"A published definition is never edited (ADR 0105): make a new version instead — {NextVersionOf(file)} "
                    + "with the next \"version\" and the effectiveFrom from which it applies — and restore this file as it was. "
                    + "(Only before the first production release may a published file be edited in place, and then its line in "
                    + $"definitions/{ManifestName} changes in the same commit, for the review to see.)");
            }
        }

        foreach (var file in PublishedFiles(folder).Where(file => !pins.ContainsKey(file)))
        {
            problems.Add($"definitions/{file} is published but not pinned: add its line to definitions/{ManifestName} in the commit "
                + "that publishes it (run `sha256sum " + file + "` in definitions/, or the Definitions tests once with "
                + "PRIMAWEB_PIN_DEFINITIONS=true).");
        }

        return problems;
    }

    /// <summary>Adds a line for each published file not pinned yet; never changes an existing line.</summary>
    public static void PinNew(string folder)
    {
        var pins = ReadManifest(folder, []);
        var lines = PublishedFiles(folder).Where(file => !pins.ContainsKey(file)).Select(file => $"{Hash(Path.Combine(folder, file))}  {file}").ToList();
        if (lines.Count > 0)
        {
            File.AppendAllLines(Path.Combine(folder, ManifestName), lines);
        }
    }

    /// <summary>The definition files whose status is not draft, relative to the folder, e.g. <c>dis/v1.json</c>.</summary>
    public static IEnumerable<string> PublishedFiles(string folder) =>
        Directory.GetDirectories(folder)
            .SelectMany(directory => Directory.GetFiles(directory, "v*.json"))
            .Where(path => StatusOf(path) != "draft")
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static Dictionary<string, string> ReadManifest(string folder, List<string> problems)
    {
        var pins = new Dictionary<string, string>(StringComparer.Ordinal);
        var manifest = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifest))
        {
            return pins;
        }

        foreach (var (line, number) in File.ReadAllLines(manifest).Select((line, index) => (line, index + 1)).Where(l => l.line.Length > 0))
        {
            var parts = line.Split("  ", 2);
            if (parts.Length != 2 || parts[0].Length != 64 || !parts[0].All(char.IsAsciiHexDigitLower))
            {
                problems.Add($"definitions/{ManifestName} line {number.ToString(CultureInfo.InvariantCulture)} is not '<sha-256 in lower-case hex>  <id>/v<n>.json'.");
                continue;
            }

            pins[parts[1]] = parts[0];
        }

        return pins;
    }

    private static string? StatusOf(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.TryGetProperty("status", out var status) ? status.GetString() : null;
    }

    private static string NextVersionOf(string file)
    {
        var id = Path.GetDirectoryName(file)!.Replace('\\', '/');
        var version = int.Parse(Path.GetFileNameWithoutExtension(file)[1..], CultureInfo.InvariantCulture);
        return $"definitions/{id}/v{version + 1}.json";
    }
}
