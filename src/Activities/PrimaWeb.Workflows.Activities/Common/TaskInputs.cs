namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>Help texts of the inputs every task-opening step declares.</summary>
internal static class TaskInputs
{
    public const string TitleHelp = "Title shown in the inbox; a default title when empty.";
    public const string TitleHelpFr = "Titre affiché dans la boîte de travail ; un titre par défaut si vide.";
    public const string TitleHelpNl = "Titel in de werkbak; een standaardtitel indien leeg.";
    public const string RoleHelp = "Role that may take the task; when empty, the case's social worker (role SocialWorker).";
    public const string RoleHelpFr = "Rôle pouvant prendre la tâche ; l'assistant social du dossier la reçoit si vide.";
    public const string RoleHelpNl = "Rol die de taak mag nemen; de maatschappelijk werker van het dossier krijgt ze indien leeg.";
    public const string AssigneeHelp = "User the task is assigned to from the start.";
    public const string AssigneeHelpFr = "Utilisateur assigné d'emblée.";
    public const string AssigneeHelpNl = "Gebruiker aan wie de taak meteen toegewezen is.";
    public const string DueHelp = "Due date as a duration from now, e.g. P10D.";
    public const string DueHelpFr = "Échéance comme durée, p. ex. P10D.";
    public const string DueHelpNl = "Vervaldag als termijn, bv. P10D.";
}
