using Editorial.Domain.Articles;
using Editorial.Domain.Claims;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Ignore(c => c.Anchor);
        builder.Ignore(c => c.OriginalAnchor);
        builder.Ignore(c => c.Events);
        builder.Ignore(c => c.CurrentSources);
        builder.Property(c => c.Claimant).HasMaxLength(Claim.MaxClaimantLength).IsRequired();
        builder.Property(c => c.Verdict).HasMaxLength(Claim.MaxTextLength).IsRequired();
        builder.Property(c => c.Notes).HasMaxLength(Claim.MaxTextLength).IsRequired();
        builder.Property(c => c.DismissedReason).HasMaxLength(Claim.MaxTextLength).IsRequired();
        builder.Property(c => c.CheckedWording).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.AnchorStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Sources).WithOne().HasForeignKey(s => s.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Sources).HasField("_sources");

        // Serves an article's claims in text order, and the open-claim count of the gate.
        builder.HasIndex(c => new { c.ArticleId, c.Start });
    }
}
