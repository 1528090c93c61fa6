using Editorial.Domain;

namespace Editorial.Infrastructure.Seeding;

/// <summary>
/// An article file of <c>seeds/articles</c>: a front matter block of <c>key: value</c> lines between
/// <c>---</c> fences (slug, title, author, stage), then the text, kept exactly as written.
/// </summary>
/// <param name="Slug">Stable name; importing twice is recognised by it.</param>
/// <param name="Title">The headline.</param>
/// <param name="Author">The byline.</param>
/// <param name="Stage">The workflow stage to import at (a stage of the policy; checked on import).</param>
/// <param name="Body">The text after the front matter.</param>
public sealed record SeedArticle(string Slug, string Title, string Author, string Stage, string Body)
{
    private const string Fence = "---";

    /// <summary>Reads a seed file's content.</summary>
    /// <param name="content">The whole file.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <exception cref="EditorialDomainException">The front matter is missing or incomplete.</exception>
    public static SeedArticle Parse(string content, string source)
    {
        var lines = content.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            throw new EditorialDomainException($"{source}: a seed article starts with a '---' front matter block.");
        }

        var close = Array.FindIndex(lines, 1, line => line.Trim() == Fence);
        if (close < 0)
        {
            throw new EditorialDomainException($"{source}: the front matter block is not closed with '---'.");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[1..close].Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new EditorialDomainException($"{source}: front matter line '{line}' is not 'key: value'.");
            }

            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        string Required(string key) =>
            fields.TryGetValue(key, out var value) && value.Length > 0
                ? value
                : throw new EditorialDomainException($"{source}: the front matter needs '{key}'.");

        var stage = fields.GetValueOrDefault("stage", Domain.Workflow.Stages.Draft);
        var body = string.Join('\n', lines[(close + 1)..]);
        return new SeedArticle(Required("slug"), Required("title"), Required("author"), stage, body);
    }
}
