namespace Editorial.Domain.Articles;

/// <summary>Who an accepted suggestion's words belong to, and who took them in (as the revision's summary names them).</summary>
/// <param name="SuggesterId">The suggester: the revision's author, credited with the words.</param>
/// <param name="SuggesterName">The suggester's name.</param>
/// <param name="AcceptorName">The Editor who accepted it.</param>
public sealed record SuggestionCredit(string SuggesterId, string SuggesterName, string AcceptorName);
