using Editorial.Web.Components.Shared;
using Editorial.Web.Features.Suggestions;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Editorial.Web.Features.Articles;

/// <summary>The article page's suggestions: read as a part, drawn in the text and listed in their tab, decided from either.</summary>
public partial class ArticlePage
{
    private SuggestionsView? _suggestions;

    [Inject]
    private SuggestionService SuggestionsService { get; set; } = default!;

    private int OpenSuggestionCount => _suggestions?.Suggestions.Count ?? 0;

    private Task<SuggestionsView> LoadSuggestionsAsync(System.Security.Claims.ClaimsPrincipal user) => SuggestionsService.ListAsync(user, Id);

    private Task DecideAllSuggestionsAsync((string? SuggesterId, bool Accept) decision)
    {
        var seen = _suggestions!.RevisionNumber;
        return CommentActionAsync(user => SuggestionsService.DecideAllAsync(user, Id, decision.SuggesterId, decision.Accept, seen),
            decision.Accept ? "Suggestions accepted." : "Suggestions rejected.");
    }

    private Task DecideSuggestionAsync((SuggestionView Suggestion, bool Accept) decision)
    {
        var (suggestion, accept) = decision;
        var seen = _suggestions!.RevisionNumber;
        var withdraw = !accept && suggestion.Suggester.UserId == _suggestions.MyUserId;
        return CommentActionAsync(user => SuggestionsService.DecideAsync(user, Id, suggestion, accept, seen),
            accept ? $"Accepted {suggestion.Suggester.Name}'s suggestion: {suggestion.Description}."
            : withdraw ? "Suggestion withdrawn."
            : $"Rejected {suggestion.Suggester.Name}'s suggestion: {suggestion.Description}.");
    }
}
