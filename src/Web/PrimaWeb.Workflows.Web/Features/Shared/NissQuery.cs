using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>A NISS given to the API (query, route or body), read the same way everywhere: missing or not a NISS is a refusal naming the field.</summary>
internal static class NissQuery
{
    /// <summary>Null when <paramref name="text"/> is a NISS (then in <paramref name="niss"/>); otherwise why not.</summary>
    public static Refusal? Read(string? text, out Niss niss, string field = "niss")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            niss = default;
            return new Refusal(field, FormErrorCodes.Required, "A NISS is required.");
        }

        return Niss.TryParse(text, out niss, out _, out var message)
            ? null
            : new Refusal(field, RuleCodes.NissInvalid, message ?? "Not a valid NISS.", text);
    }
}
