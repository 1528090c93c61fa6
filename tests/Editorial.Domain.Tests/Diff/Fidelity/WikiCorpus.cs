namespace Editorial.Domain.Tests.Diff.Fidelity;

/// <summary>
/// The real Wikipedia article histories in tests/corpora/wiki-versions (or the folder named by
/// EDITORIAL_CORPUS, of the same layout): each article's versions, oldest first, one paragraph per line.
/// </summary>
public static class WikiCorpus
{
    /// <summary>The corpus folder's <c>articles</c> directory.</summary>
    public static string Folder
    {
        get
        {
            if (Environment.GetEnvironmentVariable("EDITORIAL_CORPUS") is { Length: > 0 } chosen)
            {
                return Path.Combine(chosen, "articles");
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "corpora", "wiki-versions", "articles");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("tests/corpora/wiki-versions/articles was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Every article's versions, oldest first, in a fixed order.</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<string> Versions)> Articles() =>
    [
        .. Directory.GetDirectories(Folder).Order(StringComparer.Ordinal).Select(dir => (
            Path.GetFileName(dir),
            (IReadOnlyList<string>)[.. Directory.GetFiles(dir, "*.txt")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture))
                .Select(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal))])),
    ];

    /// <summary>The non-empty paragraphs of every article's first version.</summary>
    public static IReadOnlyList<string> FirstVersionParagraphs() =>
        [.. Articles().SelectMany(a => a.Versions[0].Split('\n')).Select(p => p.Trim()).Where(p => p.Length > 0)];
}
