using Editorial.Domain.Articles;
using Editorial.Infrastructure.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Persistence.Configurations;

/// <summary>The work queues' rows (<see cref="WorkQueueRows"/>): awaited sign-offs, stage tallies, and what they were built from.</summary>
internal sealed class WorkQueueConfiguration :
    IEntityTypeConfiguration<AwaitedSignOffRow>, IEntityTypeConfiguration<StageTally>, IEntityTypeConfiguration<DerivedState>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<AwaitedSignOffRow> builder)
    {
        builder.ToTable("awaited_sign_offs");
        builder.HasKey(w => new { w.ArticleId, w.Transition, w.Role });
        builder.Property(w => w.Transition).HasMaxLength(64);
        builder.Property(w => w.Role).HasMaxLength(64);
        builder.HasOne<Article>().WithMany().HasForeignKey(w => w.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // A queue is a range of this index read in its order (due date first, then newest activity),
        // stopping once the page is full.
        builder.HasIndex(w => new { w.Role, w.Transition, w.DueOrder, w.UpdatedAt }).IsDescending(false, false, false, true);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<StageTally> builder)
    {
        builder.ToTable("stage_tallies");
        builder.HasKey(t => t.Stage);
        builder.Property(t => t.Stage).HasMaxLength(64);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DerivedState> builder)
    {
        builder.ToTable("derived_state");
        builder.HasKey(d => d.Name);
        builder.Property(d => d.Name).HasMaxLength(64);
        builder.Property(d => d.Value).HasMaxLength(200);
    }
}
