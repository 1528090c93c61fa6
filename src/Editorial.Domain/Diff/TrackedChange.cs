namespace Editorial.Domain.Diff;

/// <summary>
/// A pending tracked change: the baseline's range [BaselineStart, +BaselineLength) holding
/// <see cref="Removed"/> became the current text's range [CurrentStart, +CurrentLength) holding
/// <see cref="Added"/>. Its <see cref="Id"/> is derived from all of that, so a client holding an
/// id from an older view is detected: the id no longer exists.
/// </summary>
public sealed record TrackedChange(string Id, int BaselineStart, int BaselineLength, int CurrentStart, int CurrentLength,
    string Removed, string Added);
