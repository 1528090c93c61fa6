using Editorial.Domain.Articles;
using Editorial.Domain.Text;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.ToTable("revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(r => r.Text);
        builder.Property(r => r.Title).IsRequired();
        builder.Property(r => r.Body).IsRequired();
        // Revisions saved before rich text are plain text; the default fills them when the column is added.
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(16).HasDefaultValue(BodyFormat.PlainText).HasSentinel(BodyFormat.PlainText);
        builder.Ignore(r => r.Reading);
        builder.Property(r => r.ContentHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(Revision.MaxSummaryLength).IsRequired();

        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Revision>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);

        // One number per article; also serves "the current revision" and the history, newest first.
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
    }
}
