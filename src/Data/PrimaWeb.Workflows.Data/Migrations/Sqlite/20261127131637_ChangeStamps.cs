using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrimaWeb.Workflows.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Edited by hand: dotnet-ef wrote "" as the default, which UtcInstantToTextConverter cannot read back;
            // existing rows get the same "no instant" (year 1, UTC) as on the other providers.
            migrationBuilder.AddColumn<string>(
                name: "CreatedAt",
                table: "Tenants",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedAt",
                table: "Tenants",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "CreatedAt",
                table: "Requests",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedAt",
                table: "Requests",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "CreatedAt",
                table: "Persons",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedAt",
                table: "Persons",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "CreatedAt",
                table: "IntegrationRegisters",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedAt",
                table: "IntegrationRegisters",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "CreatedAt",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedAt",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "0001-01-01T00:00:00.0000000Z");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "IntegrationRegisters");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "IntegrationRegisters");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Cases");
        }
    }
}
