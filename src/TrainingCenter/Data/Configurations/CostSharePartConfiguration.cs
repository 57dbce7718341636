using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.FairHiring;

namespace TrainingCenter.Data.Configurations;

internal sealed class CostSharePartConfiguration : IEntityTypeConfiguration<CostSharePart>
{
    public void Configure(EntityTypeBuilder<CostSharePart> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(p => p.MemberFirm).WithMany().HasForeignKey(p => p.MemberFirmId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(p => new { p.TrainingCostShareId, p.MemberFirmId }).IsUnique();
        entity.HasIndex(p => p.MemberFirmId);
    }
}
