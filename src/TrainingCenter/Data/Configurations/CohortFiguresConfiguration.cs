using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Cohorts;
using TrainingCenter.Reports;

namespace TrainingCenter.Data.Configurations;

internal sealed class CohortFiguresConfiguration : IEntityTypeConfiguration<CohortFigures>
{
    public void Configure(EntityTypeBuilder<CohortFigures> entity)
    {
        entity.HasKey(f => f.CohortId);
        entity.Property(f => f.CohortId).ValueGeneratedNever();
        entity.HasOne<Cohort>().WithOne().HasForeignKey<CohortFigures>(f => f.CohortId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(f => f.Revision).IsConcurrencyToken();
        entity.HasIndex(f => new { f.EndYear, f.EndHalf });
        entity.Ignore(f => f.Attendance);
        entity.Ignore(f => f.Tallies);
    }
}
