namespace TrainingCenter.Demo;

/// <summary>A fictional trainee: their sign-in and the profile details a roster shows.</summary>
internal sealed record DemoTrainee(DemoAccount Account, string City, string Education);
