using Editorial.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>, IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Channel).HasMaxLength(16).IsRequired();
        builder.Property(m => m.EventType).HasMaxLength(64).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LeaseOwner).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(2000);

        // The dispatcher's query: what is due; and whether an earlier message of the same pair waits.
        builder.HasIndex(m => new { m.Status, m.DueAt });
        builder.HasIndex(m => new { m.TargetId, m.ArticleId, m.Ordinal });
        // An endpoint's delivery log, newest first.
        builder.HasIndex(m => new { m.TargetId, m.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<OutboxAttempt> builder)
    {
        builder.ToTable("outbox_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Error).HasMaxLength(2000);
        builder.Property(a => a.Response).HasMaxLength(OutboxAttempt.MaxResponseLength);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MessageId, a.Number }).IsUnique();
    }
}
