namespace TrainingCenter.Enrolments;

/// <summary>Which part of a sponsorship a refusal is about, so the form can show it beside that field.</summary>
public enum SponsorshipField
{
    Whole,
    MemberFirm,
    ReservedSeats,
}
