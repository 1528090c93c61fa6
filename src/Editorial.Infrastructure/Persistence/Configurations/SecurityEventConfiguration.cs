using Editorial.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.ToTable("security_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        // By name: the hash covers the name, and the log outlives any renumbering of the enum.
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(64).IsRequired();
        // No foreign keys to users: the log keeps its entries when an account goes.
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.SubjectUserId).HasMaxLength(450);
        builder.Property(e => e.ClientAddress).HasMaxLength(SecurityEvent.MaxClientAddressLength);
        // Plain text, not jsonb: the stored text is what the hash covers.
        builder.Property(e => e.Details).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.KeyId).HasMaxLength(AuditKey.MaxIdLength).IsRequired();

        // One entry per position in the chain: two writers racing for a position collide here. Also
        // serves reading the log newest first, a page at a time.
        builder.HasIndex(e => e.Sequence).IsUnique();
        // Serve the page's filters: by kind, and by user (as actor or as subject), newest first.
        builder.HasIndex(e => new { e.Kind, e.Sequence });
        builder.HasIndex(e => new { e.ActorId, e.Sequence });
        builder.HasIndex(e => new { e.SubjectUserId, e.Sequence });
    }
}
