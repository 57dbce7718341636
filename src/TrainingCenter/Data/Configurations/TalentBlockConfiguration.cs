using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.TalentPool;

namespace TrainingCenter.Data.Configurations;

internal sealed class TalentBlockConfiguration : IEntityTypeConfiguration<TalentBlock>
{
    public void Configure(EntityTypeBuilder<TalentBlock> entity)
    {
        entity.HasOne<TalentProfile>().WithMany().HasForeignKey(b => b.TalentProfileId);
        entity.HasOne(b => b.MemberFirm).WithMany().HasForeignKey(b => b.MemberFirmId);
        entity.HasIndex(b => new { b.TalentProfileId, b.MemberFirmId }).IsUnique();
        entity.HasIndex(b => b.MemberFirmId);
    }
}
