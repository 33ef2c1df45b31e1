namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// The choices of a text input, read from a static property (<paramref name="source"/>.<paramref name="member"/>, an
/// <c>IEnumerable&lt;string&gt;</c>) when they are kept in code rather than written as constants.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = false)]
public sealed class ActivityInputChoicesAttribute(Type source, string member) : Attribute
{
    public Type Source { get; } = source;

    public string Member { get; } = member;
}
