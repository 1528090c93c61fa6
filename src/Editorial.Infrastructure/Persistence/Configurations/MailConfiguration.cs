using Editorial.Domain.Articles;
using Editorial.Domain.Notifications;
using Editorial.Infrastructure.Identity;
using Editorial.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class MailConfiguration : IEntityTypeConfiguration<MailPreferences>, IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<MailPreferences> builder)
    {
        builder.ToTable("mail_preferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.Choices).HasMaxLength(1000).IsRequired();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<MailPreferences>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        // The scheduler's question each minute: whose digest hour is it.
        builder.HasIndex(p => p.DigestHour);
    }

    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("reminders_sent");
        builder.HasKey(r => new { r.ArticleId, r.Kind, r.DueAt });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
