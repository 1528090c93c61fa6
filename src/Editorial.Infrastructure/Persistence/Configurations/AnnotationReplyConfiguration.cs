using Editorial.Domain.Annotations;
using Editorial.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Editorial.Infrastructure.Persistence.Configurations;

internal sealed class AnnotationReplyConfiguration : IEntityTypeConfiguration<AnnotationReply>
{
    public void Configure(EntityTypeBuilder<AnnotationReply> builder)
    {
        builder.ToTable("annotation_replies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(Annotation.MaxTextLength).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
