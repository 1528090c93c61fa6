namespace Editorial.Domain.Workflow;

/// <summary>
/// A move from one stage to another. Either people in <see cref="PerformedBy"/> perform it (submit,
/// send back, reopen), or it fires by itself when the <see cref="RequiredSignOffs"/> are all given
/// and valid on the current text (approve).
/// </summary>
/// <param name="Name">Stable name used by the UI, the API and the audit log ("approve").</param>
/// <param name="Label">The action as a button says it ("Approve for publication").</param>
/// <param name="From">Stage it leaves.</param>
/// <param name="To">Stage it enters.</param>
/// <param name="PerformedBy">Roles that may perform it; empty for a sign-off transition.</param>
/// <param name="RequiredSignOffs">Approvals needed per role; empty for a performed transition.</param>
/// <param name="Gates">Named checks that must pass (see <see cref="Gates"/>).</param>
/// <param name="ReasonRequired">Whether the performer must say why.</param>
public sealed record TransitionDefinition(
    string Name,
    string Label,
    string From,
    string To,
    IReadOnlyList<string> PerformedBy,
    IReadOnlyDictionary<string, int> RequiredSignOffs,
    IReadOnlyList<string> Gates,
    bool ReasonRequired = false)
{
    /// <summary>Whether it fires on sign-offs rather than being performed.</summary>
    public bool IsBySignOff => RequiredSignOffs.Count > 0;
}
