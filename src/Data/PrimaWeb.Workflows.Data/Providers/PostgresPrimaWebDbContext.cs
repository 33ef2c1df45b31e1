using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.Tenancy;

namespace PrimaWeb.Workflows.Data.Providers;

/// <summary>The model on PostgreSQL (instants as <c>timestamptz</c>); its migrations live in <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgresPrimaWebDbContext(DbContextOptions<PostgresPrimaWebDbContext> options, ICurrentTenant? tenant = null)
    : PrimaWebDbContext(options, tenant);
