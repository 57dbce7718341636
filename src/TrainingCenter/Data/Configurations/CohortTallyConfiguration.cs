using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Reports;

namespace TrainingCenter.Data.Configurations;

internal sealed class CohortTallyConfiguration : IEntityTypeConfiguration<CohortTally>
{
    public void Configure(EntityTypeBuilder<CohortTally> entity)
    {
        entity.HasKey(t => new { t.CohortId, t.Kind, t.Key });
        entity.HasIndex(t => new { t.Status, t.TrackId, t.EndYear, t.EndHalf, t.Kind, t.Key, t.Count });
        entity.HasOne<CohortFigures>().WithMany().HasForeignKey(t => t.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
