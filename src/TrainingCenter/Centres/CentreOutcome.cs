namespace TrainingCenter.Centres;

/// <summary>What adding or changing a centre did, in words for the admin; <see cref="Refusals"/> say why nothing was saved.</summary>
public sealed record CentreOutcome(string Message, IReadOnlyList<CentreRefusal> Refusals)
{
    public static CentreOutcome Refused(params IReadOnlyList<CentreRefusal> refusals) => new("", refusals);
}

/// <summary>One reason a centre was not saved, about <see cref="Field"/>.</summary>
public sealed record CentreRefusal(CentreField Field, string Error);
