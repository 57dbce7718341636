using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class GrantTrancheConfiguration : IEntityTypeConfiguration<GrantTranche>
{
    public void Configure(EntityTypeBuilder<GrantTranche> entity)
    {
        entity.ConfigureAudit();
        entity.Property(t => t.Milestone).HasConversion<string>().HasMaxLength(20);
        entity.ToTable(t => t.HasCheckConstraint("CK_GrantTranches_Percent", "\"Percent\" >= 1 AND \"Percent\" <= 100 AND \"Threshold\" >= 1"));
    }
}
