using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Trainees;

namespace TrainingCenter.Data.Configurations;

internal sealed class TraineeConfiguration : IEntityTypeConfiguration<Trainee>
{
    public void Configure(EntityTypeBuilder<Trainee> entity)
    {
        entity.ConfigureAudit();
        entity.Property(t => t.UserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength).IsRequired();
        entity.Property(t => t.FullName).HasMaxLength(Trainee.FullNameLength).IsRequired();
        entity.Property(t => t.Phone).HasMaxLength(Trainee.PhoneLength);
        entity.Property(t => t.City).HasMaxLength(Trainee.CityLength);
        entity.Property(t => t.HighestEducation).HasMaxLength(Trainee.EducationLength);
        entity.Property(t => t.Motivation).HasMaxLength(Trainee.MotivationLength);
        entity.HasOne(t => t.User).WithOne().HasForeignKey<Trainee>(t => t.UserId);
        entity.HasIndex(t => t.UserId).IsUnique();
        // The admins' trainee list pages in this order.
        entity.HasIndex(t => new { t.FullName, t.Id });
    }
}
