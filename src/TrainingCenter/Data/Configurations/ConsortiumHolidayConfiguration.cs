using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Holidays;

namespace TrainingCenter.Data.Configurations;

internal sealed class ConsortiumHolidayConfiguration : IEntityTypeConfiguration<ConsortiumHoliday>
{
    public void Configure(EntityTypeBuilder<ConsortiumHoliday> entity)
    {
        entity.ConfigureAudit();
        entity.Property(h => h.Name).HasMaxLength(ConsortiumHoliday.NameLength).IsRequired();
        entity.HasIndex(h => h.Date).IsUnique();
    }
}
