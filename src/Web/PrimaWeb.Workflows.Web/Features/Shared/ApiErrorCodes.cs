namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>
/// The codes of the rules the API applies to a body before any endpoint reads it (<see cref="Hosting.JsonBodyGuard"/>,
/// <see cref="Hosting.ApiExceptionHandler"/>); each is worded in the user's language by its <c>Rule_</c> text. The
/// sizes reuse the forms' codes (<c>MaxItems</c>, <c>MaxLength</c>, <c>Number</c>).
/// </summary>
public static class ApiErrorCodes
{
    /// <summary>Not well-formed JSON, or nested deeper than <see cref="ApiLimits.MaxDepth"/> (argument: the depth).</summary>
    public const string Json = "Json";

    /// <summary>The body is missing, or not a JSON object.</summary>
    public const string JsonBody = "JsonBody";

    /// <summary>A value of the wrong JSON type for its field (text for a number, a list for an object …).</summary>
    public const string WrongType = "WrongType";

    /// <summary>A control or bidirectional character in a text (argument: the character as U+XXXX).</summary>
    public const string InvisibleCharacter = "InvisibleCharacter";

    /// <summary>HTML or Liquid markup in a text (argument: the two characters that start it).</summary>
    public const string Markup = "Markup";

    public static IReadOnlyList<string> All { get; } = [Json, JsonBody, WrongType, InvisibleCharacter, Markup];
}
