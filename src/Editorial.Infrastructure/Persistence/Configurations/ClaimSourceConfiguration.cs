using Editorial.Domain.Claims;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class ClaimSourceConfiguration : IEntityTypeConfiguration<ClaimSource>
{
    public void Configure(EntityTypeBuilder<ClaimSource> builder)
    {
        builder.ToTable("claim_sources");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Url).HasMaxLength(ClaimSource.MaxUrlLength).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(ClaimSource.MaxFieldLength).IsRequired();
        builder.Property(s => s.Publisher).HasMaxLength(ClaimSource.MaxFieldLength).IsRequired();
        builder.Property(s => s.Note).HasMaxLength(ClaimSource.MaxFieldLength).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.AddedById).OnDelete(DeleteBehavior.Restrict);
    }
}
