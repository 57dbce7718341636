using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Centres;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Data.Configurations;

internal sealed class CentreConfiguration : IEntityTypeConfiguration<Centre>
{
    public void Configure(EntityTypeBuilder<Centre> entity)
    {
        entity.ConfigureAudit();
        entity.Property(c => c.Name).HasMaxLength(Centre.NameLength).IsRequired();
        entity.Property(c => c.City).HasMaxLength(Centre.CityLength).IsRequired();
        entity.Property(c => c.Address).HasMaxLength(Centre.AddressLength).IsRequired();
        entity.Property(c => c.TimeZoneId).HasMaxLength(Cohort.TimeZoneLength).IsRequired();
        entity.Property(c => c.Contact).HasMaxLength(Centre.ContactLength).IsRequired();
        entity.HasIndex(c => c.Name).IsUnique();
        entity.HasIndex(c => c.City);
    }
}
