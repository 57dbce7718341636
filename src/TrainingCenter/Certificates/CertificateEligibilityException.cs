namespace TrainingCenter.Certificates;

/// <summary>A certificate was asked for an enrolment that may not have one; the message says why, for the admin.</summary>
public sealed class CertificateEligibilityException(string message) : Exception(message);
