using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Reports;

namespace TrainingCenter.Data.Configurations;

internal sealed class ConsortiumSumConfiguration : IEntityTypeConfiguration<ConsortiumSum>
{
    public void Configure(EntityTypeBuilder<ConsortiumSum> entity)
    {
        entity.HasKey(s => new { s.TrackId, s.CentreId, s.Status, s.EndYear, s.EndHalf });
        entity.Property(s => s.Revision).IsConcurrencyToken();
    }
}
