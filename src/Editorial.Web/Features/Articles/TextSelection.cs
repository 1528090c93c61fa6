namespace Editorial.Web.Features.Articles;

/// <summary>Words selected in the article body, as the selection script reports them.</summary>
/// <param name="Start">UTF-16 offset in the body.</param>
/// <param name="End">Offset just past the selection.</param>
/// <param name="RevisionNumber">The revision of the text that was selected.</param>
/// <param name="Text">The selected text (for the dialog's quote).</param>
/// <param name="Left">Where the selection is on screen (px from the left), for the toolbar.</param>
/// <param name="Bottom">Its bottom edge (px from the top of the viewport).</param>
public sealed record TextSelection(int Start, int End, int RevisionNumber, string Text, double Left, double Bottom);
