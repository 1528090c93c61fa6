using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.ToTable("annotations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Ignore(a => a.Anchor);
        builder.Ignore(a => a.OriginalAnchor);
        builder.Ignore(a => a.Events);
        builder.Ignore(a => a.IsOpen);
        builder.Property(a => a.Text).HasMaxLength(Annotation.MaxTextLength).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.AnchorStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Replies).WithOne().HasForeignKey(r => r.AnnotationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Replies).HasField("_replies");

        // Serves an article's threads in text order, and the open-comment count of the gate.
        builder.HasIndex(a => new { a.ArticleId, a.Start });
    }
}
