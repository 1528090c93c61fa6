using Editorial.Domain.Articles;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class ArticleConfiguration(bool isPostgres) : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(a => a.Title).IsRequired();
        builder.Property(a => a.Byline).HasMaxLength(Article.MaxBylineLength).IsRequired();
        builder.Property(a => a.Stage).HasMaxLength(64).IsRequired();
        builder.Ignore(a => a.Events);
        builder.HasMany(a => a.SignOffs).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.SignOffs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(a => a.CurrentContentHash).HasMaxLength(64).IsFixedLength().IsRequired();

        if (isPostgres)
        {
            // Npgsql maps a uint row version onto the system column xmin: no column to maintain.
            builder.Property(a => a.Version).IsRowVersion();
        }
        else
        {
            builder.Property(a => a.Version).IsConcurrencyToken();
        }

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.AssignedFactCheckerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.AssignedManagerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(a => a.Slug).IsUnique();
        // Serves the article list: newest first, keyset-paginated on (UpdatedAt, Slug).
        builder.HasIndex(a => new { a.UpdatedAt, a.Slug });
        builder.HasIndex(a => a.Stage);
        // Serves an editor's queue (their own drafts) as one index condition, and the creator's foreign key.
        builder.HasIndex(a => new { a.CreatedById, a.Stage });
        // Serves the list filtered by due date: soonest due first, keyset-paginated on (DueAt, Slug).
        builder.HasIndex(a => new { a.DueAt, a.Slug });
    }
}
