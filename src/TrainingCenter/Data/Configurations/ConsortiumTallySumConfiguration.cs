using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Reports;

namespace TrainingCenter.Data.Configurations;

internal sealed class ConsortiumTallySumConfiguration : IEntityTypeConfiguration<ConsortiumTallySum>
{
    public void Configure(EntityTypeBuilder<ConsortiumTallySum> entity)
    {
        entity.HasKey(s => new { s.Status, s.TrackId, s.EndYear, s.EndHalf, s.Kind, s.Key });
        entity.Property(s => s.Revision).IsConcurrencyToken();
    }
}
