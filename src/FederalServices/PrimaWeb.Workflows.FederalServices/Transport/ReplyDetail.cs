namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>One field the receiver refused, by its XSD element name.</summary>
public sealed record ReplyDetail(string Field, string Message);
