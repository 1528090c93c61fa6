namespace Editorial.Domain.Text;

/// <summary>What a piece of a comparison is.</summary>
public enum DiffOperation
{
    /// <summary>In both texts.</summary>
    Unchanged,

    /// <summary>Only in the old text.</summary>
    Deleted,

    /// <summary>Only in the new text.</summary>
    Inserted,
}
