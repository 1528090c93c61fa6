namespace Editorial.Web.Features.Articles;

/// <summary>How the rich-text editor shows suggestions (see <c>RichTextEditor.Suggesting</c>).</summary>
/// <param name="BaseMarkdown">The article's current text: every difference from it is a suggestion.</param>
/// <param name="AuthorName">Whose suggestions they are.</param>
/// <param name="Colour">Their colour in the author palette (<c>author-N</c>), the same everywhere.</param>
public sealed record SuggestingOptions(string BaseMarkdown, string AuthorName, int Colour);
