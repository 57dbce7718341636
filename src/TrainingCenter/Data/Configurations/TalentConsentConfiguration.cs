using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.TalentPool;

namespace TrainingCenter.Data.Configurations;

internal sealed class TalentConsentConfiguration : IEntityTypeConfiguration<TalentConsent>
{
    public void Configure(EntityTypeBuilder<TalentConsent> entity)
    {
        entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        entity.HasOne<TalentProfile>().WithMany().HasForeignKey(c => c.TalentProfileId);
        entity.HasIndex(c => c.TalentProfileId);
    }
}
