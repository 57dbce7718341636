using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.TalentPool;

namespace TrainingCenter.Data.Configurations;

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(i => i.TalentProfile).WithMany().HasForeignKey(i => i.TalentProfileId);
        entity.HasOne(i => i.MemberFirm).WithMany().HasForeignKey(i => i.MemberFirmId);
        entity.HasOne(i => i.RequestedBy).WithMany().HasForeignKey(i => i.RequestedById).OnDelete(DeleteBehavior.Restrict);
        entity.Property(i => i.RequestedById).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.Property(i => i.Message).HasMaxLength(Introduction.MessageLength).IsRequired();
        entity.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        entity.HasIndex(i => new { i.MemberFirmId, i.RequestedAtUtc });
        entity.HasIndex(i => i.TalentProfileId);
    }
}
