namespace TrainingCenter.Firms;

/// <summary>What adding or changing a firm did, in words for the admin; <see cref="Refusals"/> say why nothing was saved.</summary>
public sealed record FirmOutcome(int FirmId, string Message, IReadOnlyList<FirmRefusal> Refusals)
{
    public static FirmOutcome Refused(IReadOnlyList<FirmRefusal> refusals) => new(0, "", refusals);
}

/// <summary>One reason a firm was not saved, about <see cref="Field"/>.</summary>
public sealed record FirmRefusal(FirmField Field, string Error);

/// <summary>Which part of a firm's details a refusal is about, so the form can show it beside that field.</summary>
public enum FirmField
{
    Name,
    Website,
}
