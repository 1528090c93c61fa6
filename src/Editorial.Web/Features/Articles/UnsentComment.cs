namespace Editorial.Web.Features.Articles;

/// <summary>A first comment that could not be sent, kept with the id chosen for it so that sending it again cannot add it twice.</summary>
/// <param name="Selection">The words it is on.</param>
/// <param name="Text">What was typed.</param>
/// <param name="Id">The id chosen for the thread.</param>
public sealed record UnsentComment(TextSelection Selection, string Text, Guid Id)
{
    /// <summary>Whether <paramref name="selection"/> is the same words of the same revision.</summary>
    public bool IsOn(TextSelection selection) =>
        (selection.Start, selection.End, selection.RevisionNumber) == (Selection.Start, Selection.End, Selection.RevisionNumber);
}
