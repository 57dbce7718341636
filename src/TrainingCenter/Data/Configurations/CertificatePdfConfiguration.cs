using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Certificates;

namespace TrainingCenter.Data.Configurations;

internal sealed class CertificatePdfConfiguration : IEntityTypeConfiguration<CertificatePdf>
{
    public void Configure(EntityTypeBuilder<CertificatePdf> entity)
    {
        entity.HasKey(p => p.CertificateId);
        entity.Property(p => p.Content).IsRequired();
    }
}
