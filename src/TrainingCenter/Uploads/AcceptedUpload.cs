namespace TrainingCenter.Uploads;

/// <summary>A file that passed <see cref="UploadCheck"/>: its format, and for an image the pixel size its header declares (0 × 0 for a PDF).</summary>
public sealed record AcceptedUpload(UploadFormat Format, int Width, int Height);
