using Editorial.Domain.Text;

namespace Editorial.Domain.Tests;

/// <summary>The sample article the product ships (seeds/articles), as its body is stored.</summary>
public static class SampleArticle
{
    /// <summary>The body after the front matter, normalized as a save would.</summary>
    public static string Body()
    {
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sample.txt"));
        return TextNormalizer.NormalizeBody(file[(file.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..]);
    }
}
