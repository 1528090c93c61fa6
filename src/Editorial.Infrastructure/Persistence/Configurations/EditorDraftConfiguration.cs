using Editorial.Domain.Articles;
using Editorial.Domain.Text;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class EditorDraftConfiguration : IEntityTypeConfiguration<EditorDraft>
{
    public void Configure(EntityTypeBuilder<EditorDraft> builder)
    {
        builder.ToTable("editor_drafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).IsRequired();
        builder.Property(d => d.Body).IsRequired();
        builder.Property(d => d.Format).HasConversion<string>().HasMaxLength(16).HasDefaultValue(BodyFormat.PlainText).HasSentinel(BodyFormat.PlainText);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.UserId, d.ArticleId }).IsUnique();
    }
}
