using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Certificates;

namespace TrainingCenter.Data.Configurations;

internal sealed class CertificateSerialCounterConfiguration : IEntityTypeConfiguration<CertificateSerialCounter>
{
    public void Configure(EntityTypeBuilder<CertificateSerialCounter> entity)
    {
        entity.HasKey(c => c.Key);
        entity.Property(c => c.Key).HasMaxLength(CertificateSerialCounter.KeyLength);
    }
}
