namespace TrainingCenter.Uploads;

/// <summary>A file that passed <see cref="UploadCheck"/>: its format, and for an image the pixel size its header declares.</summary>
public sealed record AcceptedUpload(UploadFormat Format, int Width, int Height);
