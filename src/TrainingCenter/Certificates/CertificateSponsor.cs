namespace TrainingCenter.Certificates;

/// <summary>A sponsor firm as its certificate names it.</summary>
/// <param name="LogoPng">The firm's logo as uploaded (PNG), or null to print the name alone.</param>
public sealed record CertificateSponsor(string Name, byte[]? LogoPng = null);
