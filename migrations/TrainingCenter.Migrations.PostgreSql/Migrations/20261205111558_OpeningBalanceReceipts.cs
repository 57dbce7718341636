using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.PostgreSql.Migrations
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
SELECT s.""CohortId"", 'system', date_trunc('second', now()), 'Receipt Opening balance (before receipts) from ' || m.""Name"" || ': received before receipts were recorded', NULL,
    'PKR ' || trim(to_char(s.""AmountReceivedPkr"" - COALESCE((SELECT SUM(r.""AmountPkr"") FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id""), 0), 'FM999,999,999,999,990'))
FROM ""Sponsorships"" s JOIN ""MemberFirms"" m ON m.""Id"" = s.""MemberFirmId""
WHERE s.""AmountReceivedPkr"" > COALESCE((SELECT SUM(r.""AmountPkr"") FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id""), 0)
  AND NOT EXISTS (SELECT 1 FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id"" AND r.""Reference"" = 'Opening balance (before receipts)');");
            migrationBuilder.Sql(@"INSERT INTO ""Receipts"" (""SponsorshipId"", ""AmountPkr"", ""ReceivedOn"", ""Reference"", ""Method"", ""CreatedAtUtc"", ""CreatedBy"", ""UpdatedAtUtc"", ""UpdatedBy"")
SELECT s.""Id"", s.""AmountReceivedPkr"" - COALESCE((SELECT SUM(r.""AmountPkr"") FROM ""Receipts"" r WHERE r.""SponsorshipId"" = s.""Id""), 0), c.""StartDate"", 'Opening balance (before receipts)', 'Other', date_trunc('second', now()), 'system', date_trunc('second', now()), 'system'
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
