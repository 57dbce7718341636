namespace TrainingCenter.Certificates;

/// <summary>The last serial number used for one year and track (key <c>2027-SE</c>); advanced by a conditional update.</summary>
public sealed class CertificateSerialCounter(string key)
{
    public const int KeyLength = 16;

    public string Key { get; private set; } = key;
    public int Last { get; set; }
}
