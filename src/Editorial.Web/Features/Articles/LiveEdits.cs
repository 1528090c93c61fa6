using Editorial.Domain.Diff;
using Editorial.Web.Features.Annotations;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// What changed in the text while a reader had the article open, until they say they have seen it: the
/// text as they last saw it is kept, and the words the edits since then inserted or rewrote are marked
/// in the current text (the same comparison as tracked changes, <see cref="TrackedChanges"/>). Without it
/// an edit arriving live would change the words under the reader's eyes without a sign.
/// </summary>
public sealed class LiveEdits
{
    private Guid _articleId;
    private string? _seen;
    private IReadOnlyList<TrackedChange> _changes = [];
    // The text the marks were computed on: a re-read that did not change it (a comment, a sign-off) is not compared again.
    private string? _compared;

    /// <summary>The marks on the current text: one per insertion or rewrite since the text was seen.</summary>
    public IReadOnlyList<TextHighlight> Marks { get; private set; } = [];

    /// <summary>How many places changed since the text was seen (deletions included, though they leave no words to mark).</summary>
    public int Count => _changes.Count;

    /// <summary>How many of those were deletions only.</summary>
    public int Deletions => _changes.Count(c => c.Added.Length == 0);

    /// <summary>The text on screen is now <paramref name="article"/>'s: the first text of an article counts as seen.</summary>
    public void Showing(ArticleDetails article)
    {
        if (_seen is null || article.Id != _articleId)
        {
            (_articleId, _seen) = (article.Id, article.ReadingText);
        }
        else if (ReferenceEquals(_compared, article.ReadingText))
        {
            return;
        }

        _compared = article.ReadingText;
        _changes = _seen == article.ReadingText ? [] : TrackedChanges.Pending(_seen, article.ReadingText);
        Marks = [.. _changes.Where(c => c.Added.Length > 0)
            .Select(c => new TextHighlight(Guid.Empty, c.CurrentStart, c.CurrentStart + c.CurrentLength, HighlightKind.LiveEdit))];
    }

    /// <summary>The reader has seen the text as it is now.</summary>
    public void Seen(ArticleDetails article)
    {
        (_seen, _compared) = (article.ReadingText, null);
        Showing(article);
    }
}
