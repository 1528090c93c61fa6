using System.Globalization;
using System.Text.Json.Nodes;
using Editorial.Domain.Claims;

namespace Editorial.Web.Features.Claims;

/// <summary>
/// schema.org ClaimReview JSON-LD for each resolved (not dismissed) claim: claimReviewed,
/// reviewRating (with alternateName, and a 1–5 ratingValue where the verdict has one),
/// itemReviewed as a Claim with its author (the claimant) and appearance (the article), author
/// (the fact-checker), datePublished and url.
/// </summary>
public static class ClaimReviewExport
{
    /// <summary>The reviews of <paramref name="claims"/> on the article at <paramref name="articleUrl"/>.</summary>
    public static JsonArray Reviews(ClaimsView claims, string articleUrl, string articleTitle, DateTime articleCreatedAt) =>
        new(claims.Claims.Where(c => c.IsResolved && c.DismissedReason is null).Select(c => (JsonNode)Review(c, articleUrl, articleTitle, articleCreatedAt)).ToArray());

    private static JsonObject Review(ClaimView claim, string articleUrl, string articleTitle, DateTime articleCreatedAt)
    {
        var rating = new JsonObject
        {
            ["@type"] = "Rating",
            ["alternateName"] = claim.StatusLabel,
            ["bestRating"] = 5,
            ["worstRating"] = 1,
        };
        if (RatingValue(claim.Status) is { } value)
        {
            rating["ratingValue"] = value;
        }

        if (claim.Verdict.Length > 0)
        {
            rating["ratingExplanation"] = claim.Verdict;
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = $"{articleUrl}#claim-{claim.Id}",
            ["claimReviewed"] = claim.CheckedWording.Length > 0 ? claim.CheckedWording : claim.Anchor.Quote.Exact,
            ["datePublished"] = (claim.StatusSetAt ?? claim.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = claim.StatusSetBy?.Name ?? claim.CreatedBy.Name },
            ["reviewRating"] = rating,
            ["itemReviewed"] = new JsonObject
            {
                ["@type"] = "Claim",
                ["author"] = new JsonObject
                {
                    ["@type"] = "Organization",
                    ["name"] = claim.Claimant.Length > 0 ? claim.Claimant : "Unattributed",
                },
                ["appearance"] = new JsonObject
                {
                    ["@type"] = "CreativeWork",
                    ["url"] = articleUrl,
                    ["headline"] = articleTitle,
                },
                ["datePublished"] = articleCreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        };
    }

    // 5 true … 1 false; an unverifiable claim has no place on the scale.
    private static int? RatingValue(ClaimStatus status) => status switch
    {
        ClaimStatus.Verified => 5,
        ClaimStatus.Misleading => 2,
        ClaimStatus.False => 1,
        _ => null,
    };
}
