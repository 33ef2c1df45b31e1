namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>
/// Why one position of an instance cannot move, as data (the screens word it in the user's language): the position
/// <see cref="From"/> of the source version and where it would go, <see cref="To"/> in the target.
/// </summary>
public sealed record MigrationRefusal(MigrationRefusalKind Kind, string From, string To);

public enum MigrationRefusalKind
{
    /// <summary>The instance waits at <c>From</c>, which maps to <c>To</c>, absent from the target version.</summary>
    TargetMissing = 0,

    /// <summary><c>From</c> and <c>To</c> are different activities (type or version): the wait cannot carry over.</summary>
    ActivityChanged = 1,

    /// <summary>The join <c>To</c> has an arrival from <c>From</c> that the target version no longer connects to it.</summary>
    JoinNotConnected = 2,
}
