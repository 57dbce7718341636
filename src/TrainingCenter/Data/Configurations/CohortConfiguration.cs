using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Data.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> entity)
    {
        entity.ConfigureAudit();
        entity.Property(c => c.Code).HasMaxLength(Cohort.CodeLength).IsRequired();
        entity.Property(c => c.Title).HasMaxLength(Cohort.TitleLength).IsRequired();
        entity.Property(c => c.Description).HasMaxLength(Cohort.DescriptionLength).IsRequired();
        entity.Property(c => c.TimeZoneId).HasMaxLength(Cohort.TimeZoneLength).IsRequired();
        entity.Property(c => c.Venue).HasMaxLength(Cohort.VenueLength);
        entity.Property(c => c.OnlineLink).HasMaxLength(Cohort.OnlineLinkLength);
        entity.Property(c => c.Version).IsConcurrencyToken();
        entity.Ignore(c => c.PublicSeatsLeft);
        entity.HasOne(c => c.Track).WithMany().HasForeignKey(c => c.TrackId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(c => c.Centre).WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(c => c.Code).IsUnique();
        entity.HasIndex(c => new { c.Status, c.StartDate });
        // The cohort lists and the consortium report's by-cohort table page newest first in this order.
        entity.HasIndex(c => new { c.StartDate, c.Code }).IsDescending(true, false);
        entity.ToTable(t => t.HasCheckConstraint("CK_Cohorts_Seats",
            "\"SeatsTaken\" >= 0 AND \"ReservedSeatsUnused\" >= 0 AND \"SeatsTaken\" + \"ReservedSeatsUnused\" <= \"Capacity\""));
    }
}
