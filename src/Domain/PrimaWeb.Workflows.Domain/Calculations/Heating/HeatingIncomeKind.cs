namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>How an income line enters the gross taxable household income (primabook.mi-is.be fr/node/72).</summary>
public enum HeatingIncomeKind
{
    /// <summary>Gross taxable income taken as is (tax codes 1211, 1250, 1260, 1266, 1270 and their 2xxx twins).</summary>
    TaxableIncome,

    /// <summary>Self-employed result (tax code 1607/2607): gross = amount × 100 / 80.</summary>
    SelfEmployedResult,

    /// <summary>Non-indexed cadastral income of a property other than the family home: counted three times.</summary>
    CadastralIncomeOtherProperty,
}
