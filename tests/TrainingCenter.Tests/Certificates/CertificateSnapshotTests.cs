using TrainingCenter.Certificates;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateSnapshotTests
{
    [Fact]
    public void A_snapshot_comes_back_from_json_exactly_as_frozen_logos_and_urdu_name_included()
    {
        var snapshot = CertificateSamples.Create(CertificateSamples.UrduName, sponsorCount: 8);

        var thawed = CertificateSnapshot.FromJson(snapshot.ToJson());

        Assert.Equivalent(snapshot, thawed, strict: true);
        Assert.Equal(snapshot.Sponsors[7].LogoPng, thawed.Sponsors[7].LogoPng);
        Assert.Equal(CertificateSamples.UrduName, thawed.TraineeName);
    }

    [Fact]
    public void Json_null_is_not_a_snapshot() =>
        Assert.Throws<System.Text.Json.JsonException>(() => CertificateSnapshot.FromJson("null"));
}
