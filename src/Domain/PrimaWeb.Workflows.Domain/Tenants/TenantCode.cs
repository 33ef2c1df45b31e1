namespace PrimaWeb.Workflows.Domain.Tenants;

/// <summary>
/// Rules for a tenant code such as <c>cpas-namur</c>: 3 to 40 lower-case letters, digits and single hyphens, starting
/// with a letter. The code is stable (it appears in every row and in URLs), so it is checked once here.
/// </summary>
public static class TenantCode
{
    public const int MaxLength = 40;

    public static bool IsValid(string? code) => Problem(code) is null;

    /// <summary>Returns the code when valid, otherwise throws with the reason.</summary>
    public static string Validate(string? code, string field = "TenantId")
    {
        var problem = Problem(code);
        return problem is null ? code! : throw new Common.DomainValidationException(field, Common.RuleCodes.TenantCode, problem, code ?? string.Empty);
    }

    private static string? Problem(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "The tenant code is required.";
        }

        if (code.Length is < 3 or > MaxLength)
        {
            return $"The tenant code '{code}' has {code.Length} characters; it needs 3 to {MaxLength}.";
        }

        if (!char.IsAsciiLetterLower(code[0]) || code[^1] == '-' || code.Contains("--", StringComparison.Ordinal)
            || !code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return $"The tenant code '{code}' must be lower-case letters, digits and single hyphens, starting with a letter (e.g. cpas-namur).";
        }

        return null;
    }
}
