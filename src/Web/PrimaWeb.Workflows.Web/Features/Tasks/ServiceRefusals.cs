using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>Why a federal service refused a step for a person, as far as the screens word it.</summary>
public enum ServiceRefusalKind
{
    /// <summary>No register knows the NISS (MSG00005).</summary>
    UnknownNiss,

    /// <summary>The person's data the CPAS sent (name, birth date) do not match the registers: the BCSS cannot authenticate them.</summary>
    IdentityMismatch,

    /// <summary>The person is not (or not long enough) integrated by the CPAS for what was asked.</summary>
    NotIntegrated,

    /// <summary>The registers say the person died (MSG00009).</summary>
    Deceased,

    /// <summary>The integration asked ends later than its code allows.</summary>
    PeriodTooLong,

    Other,
}

/// <summary>One refused person (or the whole step when no person is named) and why.</summary>
public sealed record ServiceRefusal(string? Person, string? Niss, ServiceRefusalKind Kind, string? Code)
{
    /// <summary>The sentence in the user's language (texts <c>ServiceRefusal_&lt;kind&gt;</c>).</summary>
    public string Describe(IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var who = (Person, Niss) switch
        {
            ({ } person, { } niss) => $"{person} ({niss})",
            (null, { } niss) => niss,
            ({ } person, null) => person,
            _ => text["ServiceRefusal_ThePerson"].Value,
        };
        return text[$"ServiceRefusal_{Kind}", who, Code ?? "—"];
    }
}

/// <summary>
/// Reads the refusal message a workflow keeps (<c>integrationMessage</c>, <c>consultationMessage</c>, <c>sppIsMessage</c>):
/// the handlers write one line per refused person, "Name (NISS)…: the service's words", the services' words carrying
/// their status codes (MSG00005 …). The screens show the person and the kind of refusal, never the service's English.
/// </summary>
public static partial class ServiceRefusals
{
    public static IReadOnlyList<ServiceRefusal> Parse(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return [];
        }

        return [.. message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseLine)];
    }

    private static ServiceRefusal ParseLine(string line)
    {
        var named = Named().Match(line);
        string? person = named.Success ? named.Groups["name"].Value.Trim() : null;
        string? niss = named.Success ? named.Groups["niss"].Value : null;
        if (niss is null && AnyNiss().Match(line) is { Success: true } found && Niss.TryParse(found.Value, out var parsed))
        {
            niss = parsed.Formatted;
        }

        var code = StatusCode().Match(line) is { Success: true } status ? status.Value : null;
        var kind = line switch
        {
            _ when code == "MSG00005" || line.Contains("does not exist", StringComparison.OrdinalIgnoreCase) => ServiceRefusalKind.UnknownNiss,
            _ when line.Contains("ProofOfAuthentication", StringComparison.Ordinal) || line.Contains("proof", StringComparison.OrdinalIgnoreCase) => ServiceRefusalKind.IdentityMismatch,
            _ when code == "MSG00009" || line.Contains("deceased", StringComparison.OrdinalIgnoreCase) => ServiceRefusalKind.Deceased,
            _ when code is "MSG00012" or "-300020" or "-300030" || line.Contains("integrated", StringComparison.OrdinalIgnoreCase) => ServiceRefusalKind.NotIntegrated,
            _ when line.Contains("Period.EndDate", StringComparison.Ordinal) || line.Contains("may end on", StringComparison.OrdinalIgnoreCase) => ServiceRefusalKind.PeriodTooLong,
            _ => ServiceRefusalKind.Other,
        };
        return new ServiceRefusal(person, niss, kind, code);
    }

    // "Martin Thomas (85.07.30-033.28), code 1: …" or "Martin Thomas (85.07.30-033.28) was not consulted: …"
    [GeneratedRegex(@"^(?<name>[^(:]+)\((?<niss>\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})\)")]
    private static partial Regex Named();

    [GeneratedRegex(@"\b\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}\b")]
    private static partial Regex AnyNiss();

    [GeneratedRegex(@"MSG\d{5}|-300\d{3}")]
    private static partial Regex StatusCode();
}
