namespace TrainingCenter.Uploads;

/// <summary>A kind of file the app accepts, recognised by its leading bytes (its signature), never by its name or declared type.</summary>
public enum UploadFormat
{
    Png,
    Jpeg,
    Pdf,
}
