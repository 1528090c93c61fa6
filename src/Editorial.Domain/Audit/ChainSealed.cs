namespace Editorial.Domain.Audit;

/// <summary>What a <see cref="AuditEvent.ChainSealedKind"/> entry records (see <see cref="AuditEvent.Seal"/>).</summary>
/// <param name="SealedEntries">How many unkeyed entries the seal covers.</param>
/// <param name="HeadHash">The hash of the last of them.</param>
public sealed record ChainSealed(long SealedEntries, string HeadHash);
