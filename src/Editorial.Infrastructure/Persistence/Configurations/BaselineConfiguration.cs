using Editorial.Domain.Articles;
using Editorial.Domain.Text;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class BaselineConfiguration : IEntityTypeConfiguration<Baseline>
{
    public void Configure(EntityTypeBuilder<Baseline> builder)
    {
        builder.ToTable("baselines");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Body).IsRequired();
        builder.Property(b => b.Format).HasConversion<string>().HasMaxLength(16).HasDefaultValue(BodyFormat.PlainText).HasSentinel(BodyFormat.PlainText);
        builder.Property(b => b.ContentHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasOne<Article>().WithMany().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.ArticleId, b.Number }).IsUnique();
    }
}
