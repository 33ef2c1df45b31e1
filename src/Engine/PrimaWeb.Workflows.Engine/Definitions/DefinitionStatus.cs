namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>Life cycle of a definition version: edited as a draft, frozen when published, closed to new starts when retired.</summary>
public enum DefinitionStatus
{
    Draft = 0,
    Published = 1,
    Retired = 2,
}
