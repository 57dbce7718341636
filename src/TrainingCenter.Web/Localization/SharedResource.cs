namespace TrainingCenter.Web.Localization;

/// <summary>
/// Names the strings many pages share, kept in <c>Resources/Localization/SharedResource.ur.resx</c> and keyed by their
/// English text: validation messages and field names from the input models' attributes, and model binding's messages.
/// </summary>
public sealed class SharedResource;
