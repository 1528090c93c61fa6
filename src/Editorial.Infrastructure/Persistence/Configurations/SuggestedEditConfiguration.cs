using Editorial.Domain.Articles;
using Editorial.Domain.Suggestions;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class SuggestedEditConfiguration : IEntityTypeConfiguration<SuggestedEdit>
{
    public void Configure(EntityTypeBuilder<SuggestedEdit> builder)
    {
        builder.ToTable("suggested_edits");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Body).IsRequired();
        builder.Property(s => s.ReadingText).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // One proposal per person and article; also serves "the suggestions on this article".
        builder.HasIndex(s => new { s.ArticleId, s.UserId }).IsUnique();
    }
}
