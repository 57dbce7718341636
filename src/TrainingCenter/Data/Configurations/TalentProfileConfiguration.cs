using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.TalentPool;

namespace TrainingCenter.Data.Configurations;

internal sealed class TalentProfileConfiguration : IEntityTypeConfiguration<TalentProfile>
{
    public void Configure(EntityTypeBuilder<TalentProfile> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(p => p.Trainee).WithMany().HasForeignKey(p => p.TraineeId);
        entity.HasOne(p => p.Enrolment).WithMany().HasForeignKey(p => p.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(p => p.Headline).HasMaxLength(TalentProfile.HeadlineLength).IsRequired();
        entity.Property(p => p.Skills).HasMaxLength(TalentProfile.SkillsLength).IsRequired();
        entity.Property(p => p.City).HasMaxLength(TalentProfile.CityLength);
        entity.Property(p => p.PortfolioUrl).HasMaxLength(TalentProfile.LinkLength);
        entity.Property(p => p.CvFileName).HasMaxLength(TalentProfile.CvFileNameLength);
        entity.Property(p => p.PseudonymKey).HasMaxLength(TalentProfile.PseudonymKeyLength).IsRequired();
        entity.HasIndex(p => p.TraineeId).IsUnique();
        entity.HasIndex(p => p.ConsentedUntilUtc);
    }
}
