namespace Editorial.Domain.Claims;

/// <summary>Where the check of a claim stands. Which of these count as resolved is the newsroom's <see cref="ClaimPolicy"/>.</summary>
public enum ClaimStatus
{
    /// <summary>Flagged, not yet looked at.</summary>
    Unchecked,

    /// <summary>A fact-checker is on it.</summary>
    InProgress,

    /// <summary>Checked and true.</summary>
    Verified,

    /// <summary>Checked and false.</summary>
    False,

    /// <summary>True in part, or true but misleading.</summary>
    Misleading,

    /// <summary>Cannot be checked with the sources available.</summary>
    Unverifiable,

    /// <summary>Its words changed after a verdict; the verdict no longer applies until checked again.</summary>
    NeedsRecheck,
}
