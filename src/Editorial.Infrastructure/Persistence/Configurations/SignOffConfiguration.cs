using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class SignOffConfiguration : IEntityTypeConfiguration<SignOff>
{
    public void Configure(EntityTypeBuilder<SignOff> builder)
    {
        builder.ToTable("sign_offs");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Transition).HasMaxLength(64).IsRequired();
        builder.Property(s => s.Role).HasMaxLength(64).IsRequired();
        builder.Property(s => s.ContentHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(s => s.Decision).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Comment).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);

        // Serves "needs my action": standing sign-offs of an article by role.
        builder.HasIndex(s => new { s.ArticleId, s.Transition, s.Role, s.EndedAt });
    }
}
