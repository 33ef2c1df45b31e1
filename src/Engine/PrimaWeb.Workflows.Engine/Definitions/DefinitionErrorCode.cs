namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>Every kind of error the reader and the validator report.</summary>
public enum DefinitionErrorCode
{
    InvalidJson = 0,
    MissingField = 1,
    InvalidField = 2,
    UnknownActivityType = 3,
    MissingRequiredInput = 4,
    IllTypedInput = 5,
    UnknownInput = 6,
    DuplicateId = 7,
    DanglingConnection = 8,
    AmbiguousConnection = 9,
    UnknownOutcome = 10,
    UnreachableActivity = 11,
    LoopWithoutBlockingActivity = 12,
    InvalidExpression = 13,
    MissingStart = 14,
    MultipleStarts = 15,

    /// <summary>A literal the application does not accept (found by an <see cref="IDefinitionRule"/>).</summary>
    RejectedValue = 16,

    /// <summary>Liquid reads a variable that nothing writes: no declaration of the definition, no activity of it, not set at start.</summary>
    UnknownVariable = 17,

    /// <summary>A variable is declared or written with a type other than the one it has elsewhere (its declaration, another writer).</summary>
    VariableTypeMismatch = 18,
}
