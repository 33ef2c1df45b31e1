namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>The instances a migration considered; <see cref="Applied"/> is false for a dry run or a refused run.</summary>
public sealed record MigrationReport(MigrationPlan Plan, bool Applied, IReadOnlyList<InstanceMigration> Instances)
{
    public int Movable => Instances.Count(i => i.CanMigrate);

    public int Blocked => Instances.Count(i => !i.CanMigrate);
}
