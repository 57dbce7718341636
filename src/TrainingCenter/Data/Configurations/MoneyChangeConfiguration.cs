using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class MoneyChangeConfiguration : IEntityTypeConfiguration<MoneyChange>
{
    public void Configure(EntityTypeBuilder<MoneyChange> entity)
    {
        entity.HasOne<Cohorts.Cohort>().WithMany().HasForeignKey(c => c.CohortId);
        entity.Property(c => c.ByUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength).IsRequired();
        entity.Property(c => c.What).HasMaxLength(MoneyChange.WhatLength).IsRequired();
        entity.Property(c => c.OldValue).HasMaxLength(MoneyChange.ValueLength);
        entity.Property(c => c.NewValue).HasMaxLength(MoneyChange.ValueLength);
        entity.HasIndex(c => new { c.CohortId, c.AtUtc });
    }
}
