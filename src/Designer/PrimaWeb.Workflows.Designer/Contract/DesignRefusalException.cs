namespace PrimaWeb.Workflows.Designer.Contract;

/// <summary>
/// A designer action refused for a reason the analyst can act on: the API answers it as a problem document (404, 409,
/// 400 with the errors and their JSON paths), the screens word <see cref="Code"/> in the user's language.
/// </summary>
public sealed class DesignRefusalException : Exception
{
    public DesignRefusalException()
    {
        Errors = [];
    }

    public DesignRefusalException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DesignRefusalException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public DesignRefusalException(DesignRefusalKind kind, string code, string message, IReadOnlyList<DefinitionErrorDto>? errors = null)
        : base(message)
    {
        Kind = kind;
        Code = code;
        Errors = errors ?? [];
    }

    public DesignRefusalKind Kind { get; }

    /// <summary>A stable code (e.g. <c>StaleRevision</c>, <c>EffectiveDateInThePast</c>) the screens word from their resources.</summary>
    public string Code { get; } = "";

    public IReadOnlyList<DefinitionErrorDto> Errors { get; }
}

/// <summary>How a refusal is answered.</summary>
public enum DesignRefusalKind
{
    NotFound = 0,
    Conflict = 1,
    Invalid = 2,
}
