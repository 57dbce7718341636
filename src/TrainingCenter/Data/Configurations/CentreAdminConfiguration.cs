using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Centres;

namespace TrainingCenter.Data.Configurations;

internal sealed class CentreAdminConfiguration : IEntityTypeConfiguration<CentreAdmin>
{
    public void Configure(EntityTypeBuilder<CentreAdmin> entity)
    {
        entity.HasKey(a => new { a.UserId, a.CentreId });
        entity.HasOne(a => a.Centre).WithMany().HasForeignKey(a => a.CentreId);
        entity.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId);
        entity.HasIndex(a => a.CentreId);
    }
}
