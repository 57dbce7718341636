using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(g => g.Cohort).WithMany().HasForeignKey(g => g.CohortId);
        entity.HasOne(g => g.Funder).WithMany().HasForeignKey(g => g.FunderId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(g => g.Tranches).WithOne().HasForeignKey(t => t.GrantId);
        entity.Navigation(g => g.Tranches).HasField("tranches");
        // Grant rupees per member rupee to four places (e.g. 0.3333); never summed in SQL.
        entity.Property(g => g.MatchRatio).HasPrecision(9, 4);
        entity.HasIndex(g => g.FunderId);
        entity.ToTable(t => t.HasCheckConstraint("CK_Grants_Amounts", "\"AwardedPkr\" > 0 AND \"MatchRatio\" > 0 AND (\"CapPkr\" IS NULL OR \"CapPkr\" > 0)"));
    }
}
