using Editorial.Domain.Diff;
using Editorial.Domain.Text;

namespace Editorial.Web.Features.Workflow;

/// <summary>"What changed since my sign-off": the text a user signed against the current text.</summary>
/// <param name="SignedRevision">The revision the user signed.</param>
/// <param name="CurrentRevision">The current revision.</param>
/// <param name="Role">The role they signed in.</param>
/// <param name="Title">Word-level changes of the title.</param>
/// <param name="Body">Word-level changes of the body.</param>
/// <param name="Formatting">Changes of formatting where the words read the same.</param>
public sealed record SignOffComparison(int SignedRevision, int CurrentRevision, string Role,
    IReadOnlyList<DiffSegment> Title, IReadOnlyList<DiffSegment> Body, IReadOnlyList<FormatChange> Formatting);
