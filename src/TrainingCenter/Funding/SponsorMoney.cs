namespace TrainingCenter.Funding;

/// <summary>What a sponsor sees of a cohort's money: its own pledge, receipts and leverage, nothing of other firms or funders.</summary>
public sealed record SponsorMoney(FirmMoney Own, FirmLeverage Leverage, IReadOnlyList<SponsorReceipt> Receipts, bool HasGrants);

/// <summary>One receipt against the sponsor's own pledge.</summary>
public sealed record SponsorReceipt(DateOnly ReceivedOn, string Reference, ReceiptMethod Method, long AmountPkr);
