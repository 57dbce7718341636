using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class FunderConfiguration : IEntityTypeConfiguration<Funder>
{
    public void Configure(EntityTypeBuilder<Funder> entity)
    {
        entity.ConfigureAudit();
        entity.Property(f => f.Name).HasMaxLength(FundingLimits.NameLength).IsRequired();
        entity.Property(f => f.Scheme).HasMaxLength(FundingLimits.NameLength).IsRequired();
        entity.Property(f => f.Contact).HasMaxLength(FundingLimits.ContactLength).IsRequired();
        entity.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        entity.HasIndex(f => f.Name).IsUnique();
    }
}
