namespace Editorial.Domain.Audit;

/// <summary>
/// A log's head as it was recorded somewhere the database's writers cannot reach (a ticket, a
/// printout, another system). A chain cannot show by itself that entries were cut from its end;
/// checked against a checkpoint, it can.
/// </summary>
/// <param name="Sequence">The entry's sequence.</param>
/// <param name="Hash">Its hash, as the verification reported it.</param>
public sealed record ChainCheckpoint(long Sequence, string Hash);
