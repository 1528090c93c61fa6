using Editorial.Web.Features.Changes;

namespace Editorial.Web.Features.Suggestions;

/// <summary>One suggestion, as the article page shows it in the text and in the margin.</summary>
/// <param name="Id">Its id at this revision (a tracked change's id: it changes when the suggestion or the text does).</param>
/// <param name="Suggester">Who suggests it, with their colour.</param>
/// <param name="Start">Where the words it replaces start in the article's reading text (UTF-16).</param>
/// <param name="Length">How long they are (0 for an insertion).</param>
/// <param name="Removed">The article's words it replaces.</param>
/// <param name="Added">The words it suggests.</param>
/// <param name="UpdatedAt">When the suggester last typed (UTC).</param>
public sealed record SuggestionView(string Id, ChangeAuthor Suggester, int Start, int Length, string Removed, string Added, DateTime UpdatedAt)
{
    /// <summary>Just past the replaced words: where the suggested words go.</summary>
    public int End => Start + Length;

    /// <summary>What it does, in words ("replace “6,000” with “6,500”").</summary>
    public string Description =>
        Removed.Length == 0 ? $"insert “{Added}”"
        : Added.Length == 0 ? $"delete “{Removed}”"
        : $"replace “{Removed}” with “{Added}”";
}

/// <summary>The suggestions on an article's current text, and what the reader may do with them.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="RevisionNumber">The revision the suggestions are on (a decision names it; a newer text refuses it).</param>
/// <param name="Suggestions">Every open suggestion, in text order.</param>
/// <param name="CanSuggest">Whether the reader may suggest now (Editors, Fact-checkers, Managers; not on read-only text).</param>
/// <param name="CanDecide">Whether the reader may accept and reject (who may edit now).</param>
/// <param name="MyUserId">The reader, who may withdraw their own.</param>
public sealed record SuggestionsView(Guid ArticleId, int RevisionNumber, IReadOnlyList<SuggestionView> Suggestions, bool CanSuggest, bool CanDecide,
    string MyUserId)
{
    /// <summary>Whether the reader may reject (or withdraw) <paramref name="suggestion"/>.</summary>
    public bool MayReject(SuggestionView suggestion) => CanDecide || (CanSuggest && suggestion.Suggester.UserId == MyUserId);
}

/// <summary>What the suggesting editor opens with.</summary>
/// <param name="Title">The article's title.</param>
/// <param name="RevisionNumber">The revision the proposal is on.</param>
/// <param name="BaseMarkdown">The article's current text (what the suggestions are shown against).</param>
/// <param name="ProposalMarkdown">The reader's proposal on it (the current text when they suggest nothing yet).</param>
/// <param name="Dropped">How many of their suggestions no longer applied because the article changed the same words.</param>
/// <param name="Colour">The reader's colour (the author palette).</param>
public sealed record ProposalView(string Title, int RevisionNumber, string BaseMarkdown, string ProposalMarkdown, int Dropped, int Colour);
