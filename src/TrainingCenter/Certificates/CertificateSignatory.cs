namespace TrainingCenter.Certificates;

/// <summary>Someone who signs certificates, e.g. ("Dr. Ayesha Siddiqui", "Director").</summary>
public sealed record CertificateSignatory(string Name, string Title);
