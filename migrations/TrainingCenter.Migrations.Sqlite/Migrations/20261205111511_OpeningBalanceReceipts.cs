using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpeningBalanceReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Received figures typed through the sponsorship form before receipts existed become one opening-balance
            // receipt for what the pledge's receipts do not yet cover, dated at the cohort's start, so receipts are the
            // only source of "received" (the figure itself is unchanged); each is audited like any other receipt.
            migrationBuilder.Sql(@"INSERT INTO ""MoneyChanges"" (""CohortId"", ""ByUserId"", ""AtUtc"", ""What"", ""OldValue"", ""NewValue"")
SELECT s.""CohortId"", 'system', strftime('%Y-%m-%d %H:%M:%S', 'now'), 'Receipt Opening balance (before receipts) from ' || m.""Name"" || ': received before receipts were recorded', NULL,
    'PKR ' || printf('%,d', s.""AmountReceivedPkr"" - COALESCE((SELECT SUM(r.""AmountPkr"") FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id""), 0))
FROM ""Sponsorships"" s JOIN ""MemberFirms"" m ON m.""Id"" = s.""MemberFirmId""
WHERE s.""AmountReceivedPkr"" > COALESCE((SELECT SUM(r.""AmountPkr"") FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id""), 0)
  AND NOT EXISTS (SELECT 1 FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id"" AND r.""Reference"" = 'Opening balance (before receipts)');");
            migrationBuilder.Sql(@"INSERT INTO ""Receipts"" (""SponsorshipId"", ""AmountPkr"", ""ReceivedOn"", ""Reference"", ""Method"", ""CreatedAtUtc"", ""CreatedBy"", ""UpdatedAtUtc"", ""UpdatedBy"")
SELECT s.""Id"", s.""AmountReceivedPkr"" - COALESCE((SELECT SUM(r.""AmountPkr"") FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id""), 0), c.""StartDate"", 'Opening balance (before receipts)', 'Other', strftime('%Y-%m-%d %H:%M:%S', 'now'), 'system', strftime('%Y-%m-%d %H:%M:%S', 'now'), 'system'
FROM ""Sponsorships"" s JOIN ""Cohorts"" c ON c.""Id"" = s.""CohortId""
WHERE s.""AmountReceivedPkr"" > COALESCE((SELECT SUM(r.""AmountPkr"") FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id""), 0)
  AND NOT EXISTS (SELECT 1 FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id"" AND r.""Reference"" = 'Opening balance (before receipts)');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DELETE FROM ""Receipts"" WHERE ""Reference"" = 'Opening balance (before receipts)' AND ""CreatedBy"" = 'system';
DELETE FROM ""MoneyChanges"" WHERE ""ByUserId"" = 'system' AND ""What"" LIKE 'Receipt Opening balance (before receipts) from %';");
        }
    }
}
