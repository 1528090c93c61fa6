namespace Editorial.Domain.Workflow;

/// <summary>A stage of the workflow.</summary>
/// <param name="Name">Stable name, stored on articles ("SourcingCheck").</param>
/// <param name="Label">How people read it ("Sourcing check").</param>
/// <param name="TextReadOnly">Whether the text may not be edited in this stage.</param>
public sealed record StageDefinition(string Name, string Label, bool TextReadOnly = false);
