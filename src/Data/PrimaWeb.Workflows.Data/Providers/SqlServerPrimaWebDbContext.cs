using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.Tenancy;

namespace PrimaWeb.Workflows.Data.Providers;

/// <summary>The model on SQL Server (instants as <c>datetimeoffset</c>); its migrations live in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerPrimaWebDbContext(DbContextOptions<SqlServerPrimaWebDbContext> options, ICurrentTenant? tenant = null)
    : PrimaWebDbContext(options, tenant);
