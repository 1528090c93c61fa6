namespace Editorial.Domain.Diff;

/// <summary>
/// Where both sides changed the same words of the common ancestor differently. The user chooses.
/// </summary>
/// <param name="Index">Position among the conflicts, from 0.</param>
/// <param name="Original">The ancestor's words there.</param>
/// <param name="Mine">What this user wrote there.</param>
/// <param name="Theirs">What was saved there meanwhile.</param>
public sealed record MergeConflict(int Index, string Original, string Mine, string Theirs);
