using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Data.Configurations;

internal sealed class CohortInstructorConfiguration : IEntityTypeConfiguration<CohortInstructor>
{
    public void Configure(EntityTypeBuilder<CohortInstructor> entity)
    {
        entity.HasKey(ci => new { ci.CohortId, ci.InstructorId });
        entity.HasOne(ci => ci.Cohort).WithMany(c => c.Instructors).HasForeignKey(ci => ci.CohortId);
        entity.HasOne(ci => ci.Instructor).WithMany().HasForeignKey(ci => ci.InstructorId);
        entity.HasIndex(ci => ci.InstructorId);
    }
}
