using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(64).IsRequired();
        // Plain text, not jsonb: the stored bytes are what the hash covers.
        builder.Property(e => e.Payload).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        // Null for entries written before logs were keyed.
        builder.Property(e => e.KeyId).HasMaxLength(AuditKey.MaxIdLength);
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Restrict);

        // One entry per position in each article's chain; also serves reading the log in order.
        builder.HasIndex(e => new { e.ArticleId, e.Sequence }).IsUnique();
    }
}
