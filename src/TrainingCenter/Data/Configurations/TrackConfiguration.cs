using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Tracks;

namespace TrainingCenter.Data.Configurations;

internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> entity)
    {
        entity.ConfigureAudit();
        entity.Property(t => t.Name).HasMaxLength(Track.NameLength).IsRequired();
        entity.Property(t => t.Code).HasMaxLength(Track.CodeLength).IsRequired();
        entity.Property(t => t.SkillTags).HasMaxLength(Track.SkillTagsLength).IsRequired().HasDefaultValue("");
        entity.HasIndex(t => t.Name).IsUnique();
        entity.HasIndex(t => t.Code).IsUnique();
    }
}
