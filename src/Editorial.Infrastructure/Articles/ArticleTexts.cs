using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Articles;

/// <summary>
/// An article's accepted (baseline) text and its current title, text and attribution, and the one
/// place tracked changes between them are listed and decided. Word changes are changes of the reading
/// texts (docs/architecture.md §4); formatting changes compare the two documents where their words agree.
/// </summary>
public sealed class ArticleTexts
{
    private readonly Lazy<RichDocument> _baselineDocument;

    private ArticleTexts(string baseline, BodyFormat baselineFormat, Func<RichDocument> baselineDocument, Guid baselineRowId, Revision current)
    {
        Baseline = baseline;
        BaselineFormat = baselineFormat;
        _baselineDocument = new Lazy<RichDocument>(baselineDocument);
        BaselineRowId = baselineRowId;
        CurrentTitle = current.Title;
        Current = current.Reading;
        CurrentAttribution = current.ReadAttribution();
        CurrentRowId = current.Id;
        CurrentText = current.Text;
    }

    /// <summary>The last accepted reading text; the first revision's until something is accepted.</summary>
    public string Baseline { get; }

    /// <summary>The format the baseline was accepted in.</summary>
    public BodyFormat BaselineFormat { get; }

    /// <summary>The baseline as a document, with its formatting.</summary>
    public RichDocument BaselineDocument => _baselineDocument.Value;

    /// <summary>The stored row the baseline was read from (an accepted text, or the first revision).</summary>
    public Guid BaselineRowId { get; }

    /// <summary>The current title.</summary>
    public string CurrentTitle { get; }

    /// <summary>The current reading text.</summary>
    public string Current { get; }

    /// <summary>Who wrote and deleted what in the current body.</summary>
    public TextAttribution CurrentAttribution { get; }

    /// <summary>The current revision's row.</summary>
    public Guid CurrentRowId { get; }

    /// <summary>The current revision's stored text, with its formatting.</summary>
    public ArticleText CurrentText { get; }

    // Two plain texts have no formatting to compare, and are decided on their words alone, as they always were.
    private bool BothPlain => BaselineFormat == BodyFormat.PlainText && CurrentText.Format == BodyFormat.PlainText;

    /// <summary>Loads the two texts of <paramref name="article"/> (two small queries).</summary>
    public static async Task<ArticleTexts> LoadAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken)
    {
        var current = await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == article.CurrentRevisionId, cancellationToken);
        Guid rowId;
        BodyFormat format;
        string reading;
        Func<RichDocument> document;
        if (article.BaselineId is { } baselineId)
        {
            var accepted = await db.Baselines.AsNoTracking().SingleAsync(b => b.Id == baselineId, cancellationToken);
            (rowId, format, reading, document) = (accepted.Id, accepted.Format, accepted.Body, accepted.Document);
        }
        else
        {
            // Only what the comparison needs: not the first revision's attribution, read on every save's gates.
            var first = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == article.Id && r.Number == 1)
                .Select(r => new { r.Id, r.Body, r.Format, Reading = r.ReadingText ?? r.Body }).SingleAsync(cancellationToken);
            (rowId, format, reading, document) = (first.Id, first.Format, first.Reading, () => RichDocument.Read(first.Format, first.Body));
        }

        if (format == BodyFormat.PlainText && current.Format == BodyFormat.Markdown)
        {
            // A plain baseline is compared with a formatted text as Markdown holds it: the blank lines
            // between its paragraphs are not words, and a first save from the editor drops them.
            var canonical = Articles.PendingChanges.CanonicalOf(rowId, document);
            (reading, document) = (canonical.ReadingText, () => canonical);
        }

        return new ArticleTexts(reading, format, document, rowId, current);
    }

    /// <summary>The pending word changes (computed once for these two texts: <see cref="Articles.PendingChanges"/>).</summary>
    public IReadOnlyList<TrackedChange> PendingChanges() => Articles.PendingChanges.Of(BaselineRowId, Baseline, CurrentRowId, Current);

    /// <summary>The pending formatting changes, in text order.</summary>
    public IReadOnlyList<FormatChange> PendingFormatting() =>
        BothPlain ? [] : Articles.PendingChanges.FormattingOf(BaselineRowId, BaselineDocument, CurrentRowId, CurrentText.Document, PendingChanges());

    /// <summary>How many tracked changes are pending, of words and of formatting (what the gates count).</summary>
    public int PendingCount() => PendingChanges().Count + PendingFormatting().Count;

    /// <summary>The pending word changes, each with the contributions that made it.</summary>
    public IReadOnlyList<(TrackedChange Change, IReadOnlyList<Contribution> Contributions)> Pending() =>
        PendingChanges()
            .Select(c => (c, CurrentAttribution.ContributorsTo(Current, c.CurrentStart, c.Removed, c.Added)))
            .ToList();

    /// <summary>The baseline with the chosen changes folded in.</summary>
    public AcceptedText Accept(IReadOnlyList<TrackedChange> words, IReadOnlyList<FormatChange> formatting) =>
        BothPlain
            ? AcceptedText.Plain(TrackedChanges.Accept(Baseline, words))
            : AcceptedText.Formatted(FormatChanges.Accept(BaselineDocument, CurrentText.Document, words, formatting));

    /// <summary>The current text with the chosen changes reverted.</summary>
    /// <exception cref="Domain.EditorialDomainException">A limit is exceeded.</exception>
    public ArticleText Reject(IReadOnlyList<TrackedChange> words, IReadOnlyList<FormatChange> formatting, TextLimits limits) =>
        BothPlain
            ? CurrentText.WithReadingText(TrackedChanges.Reject(Current, words), limits)
            : ArticleText.CreateFormatted(CurrentTitle, FormatChanges.Reject(BaselineDocument, CurrentText.Document, words, formatting).ToMarkdown(), limits);
}
