namespace Editorial.Domain.Text.Rich;

/// <summary>The kinds of block an article holds: the formatting news copy uses, nothing more.</summary>
public enum RichBlockKind
{
    /// <summary>A paragraph (holds text).</summary>
    Paragraph,

    /// <summary>A heading (holds text).</summary>
    Heading,

    /// <summary>A subheading, the second heading level (holds text).</summary>
    Subheading,

    /// <summary>A block quote (holds blocks).</summary>
    Quote,

    /// <summary>A bulleted list (holds list items).</summary>
    BulletedList,

    /// <summary>A numbered list (holds list items).</summary>
    NumberedList,

    /// <summary>An item of a list (holds blocks).</summary>
    ListItem,
}
